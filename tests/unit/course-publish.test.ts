// The course page's content, and the all-or-nothing swap of dist/.
import type { LessonBuild } from '../../scripts/course/build-lesson.ts'
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { coursePage } from '../../scripts/course/page.ts'
import { publishCourseSite } from '../../scripts/course/publish.ts'
import { scratchDir } from '../support/cli.ts'

const ROOT = join(import.meta.dirname, '../..')

describe('coursePage', () => {
  const page = coursePage('My <Course>', [
    { slug: 'first', file: 'lessons/first.md', title: 'First & <b>bold</b>', level: 'Staff', videoLength: '4:00-5:00', slides: 14, planSeconds: 270, notesSeconds: 300, nextTitle: 'Second' },
    { slug: 'second', file: 'lessons/second.md', title: 'Second', slides: 3, planSeconds: 60, notesSeconds: 30, rehearsalReport: 'rehearsals/second/report.html' },
    { slug: 'broken', file: 'lessons/broken.md', title: 'broken.md', error: 'lessons/broken.md:7:1: found a second `#` title; expected <one>' },
  ])

  it('links each good lesson\'s deck, presenter view, PDF and handout, relative to the page', () => {
    for (const href of ['first/', 'first/presenter/1', 'first/first.pdf', 'first/first-handout.pdf', 'second/second-handout.pdf'])
      expect(page).toContain(`href="${href}"`)
    expect(page).toContain('href="rehearsals/second/report.html"')
    expect(page.match(/Rehearsal report/g)).toHaveLength(1)
  })

  it('says whether the notes fit the plan, and by how much they are over', () => {
    expect(page).toMatch(/5:00 <span class="fit fit--over">▲ 0:30 over the plan/)
    expect(page).toMatch(/0:30 <span class="fit fit--ok">✓ fits the plan/)
  })

  it('marks a failed lesson with its message and no links', () => {
    const failed = page.slice(page.indexOf('lesson--failed'))
    expect(failed).toContain('Failed</span>')
    expect(failed).toContain('lessons/broken.md:7:1: found a second `#` title; expected &lt;one&gt;')
    expect(failed).not.toContain('broken/')
  })

  it('offers a filter by the levels the lessons state, and a search over titles, each row carrying both', () => {
    expect(page).toMatch(/<select id="find-level"><option value="">All levels<\/option><option value="Staff">Staff<\/option><\/select>/)
    expect(page).toContain('<input id="find-title" type="search"')
    expect(page).toContain('data-level="Staff" data-title="first &amp; &lt;b&gt;bold&lt;/b&gt;"')
    expect(page).toContain('data-level="" data-title="second"')
  })

  it('escapes lesson text', () => {
    expect(page).toContain('First &amp; &lt;b&gt;bold&lt;/b&gt;')
    expect(page).toContain('<title>My &lt;Course&gt;</title>')
    expect(page).not.toContain('<b>bold')
  })
})

describe('publishCourseSite', () => {
  let root: string
  beforeEach(async () => {
    root = await scratchDir()
    await mkdir(join(root, 'node_modules/@fontsource'), { recursive: true })
    await symlink(join(ROOT, 'node_modules/@fontsource/nunito-sans'), join(root, 'node_modules/@fontsource/nunito-sans'))
  })
  afterEach(() => rm(root, { recursive: true, force: true }))

  const build = (builtDir: string, slug = 'one'): LessonBuild => ({
    lesson: { slug, file: `lessons/${slug}.md`, title: 'One' },
    builtDir,
    outputs: [join(builtDir, '..', `${slug}.pdf`), join(builtDir, '..', `${slug}-handout.pdf`)],
    seconds: 1,
  })

  it('replaces the whole site, leaving nothing of the old one and no temporary folder', async () => {
    const dist = join(root, 'dist')
    await mkdir(join(dist, 'old-lesson'), { recursive: true })
    await writeFile(join(dist, 'index.html'), 'old site')
    await mkdir(join(root, 'built/dist'), { recursive: true })
    await writeFile(join(root, 'built/dist/index.html'), 'deck')
    await writeFile(join(root, 'built/one.pdf'), '%PDF-deck')
    await writeFile(join(root, 'built/one-handout.pdf'), '%PDF-handout')
    const written = await publishCourseSite(root, dist, { builds: [build(join(root, 'built/dist'))], next: new Map(), order: [], lessons: [] }, 'Course')
    expect(written).toEqual(['index.html', 'one/', 'one/one.pdf', 'one/one-handout.pdf'])
    expect((await readdir(dist)).sort()).toEqual(['course-assets', 'index.html', 'one'])
    expect(await readFile(join(dist, 'one/one-handout.pdf'), 'utf8')).toBe('%PDF-handout')
    expect(await readFile(join(dist, 'index.html'), 'utf8')).toContain('href="one/one.pdf"')
    expect((await readdir(root)).sort()).toEqual(['built', 'dist', 'node_modules'])
  })

  it('links a lesson\'s video and captions when npm run video rendered them, and copies them beside its deck', async () => {
    const dist = join(root, 'dist')
    await mkdir(join(root, 'built/dist'), { recursive: true })
    await writeFile(join(root, 'built/dist/index.html'), 'deck')
    await writeFile(join(root, 'built/one.pdf'), '%PDF-deck')
    await writeFile(join(root, 'built/one-handout.pdf'), '%PDF-handout')
    await mkdir(join(root, 'videos'))
    await writeFile(join(root, 'videos/one.mp4'), 'mp4')
    await writeFile(join(root, 'videos/one.vtt'), 'WEBVTT\n')
    const written = await publishCourseSite(root, dist, { builds: [build(join(root, 'built/dist'))], next: new Map(), order: [], lessons: [] }, 'Course')
    expect(written).toEqual(['index.html', 'one/', 'one/one.pdf', 'one/one-handout.pdf', 'one/one.mp4', 'one/one.vtt'])
    const page = await readFile(join(dist, 'index.html'), 'utf8')
    expect(page).toContain('href="one/one.mp4">Video<')
    expect(page).toContain('href="one/one.vtt">Captions<')
    expect(await readFile(join(dist, 'one/one.vtt'), 'utf8')).toBe('WEBVTT\n')
  })

  it('leaves the old site byte for byte when publishing fails half-way', async () => {
    const dist = join(root, 'dist')
    await mkdir(dist)
    await writeFile(join(dist, 'index.html'), 'old site')
    const attempt = publishCourseSite(root, dist, { builds: [build(join(root, 'missing/dist'))], next: new Map(), order: [], lessons: [] }, 'Course')
    await expect(attempt).rejects.toThrow(/ENOENT/)
    expect(await readdir(dist)).toEqual(['index.html'])
    expect(await readFile(join(dist, 'index.html'), 'utf8')).toBe('old site')
    expect((await readdir(root)).sort()).toEqual(['dist', 'node_modules'])
  })
})
