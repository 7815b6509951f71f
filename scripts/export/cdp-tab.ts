// The started Chromium's blank tab driven over the DevTools protocol itself (Node's own WebSocket), for
// the one job that needs nothing more: opening the kept print view of an unchanged deck and printing
// it (kept-print.ts). Loading Playwright costs a re-export more than the whole print does; every
// other export, and anything that draws, goes through Playwright (session.ts).
import { Buffer } from 'node:buffer'

/** How long one step (a command, or a page's load) may take before the tab is given up. */
const STEP_TIMEOUT_MS = 30_000

export interface CdpTab {
  /** Opens `url` and resolves once its load event fired. */
  goto: (url: string) => Promise<void>
  /** Runs `fn(arg)` in the page and returns its (JSON) value: `fn` must not use anything outside itself. */
  evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>
  /** Chromium's PDF of the page, `width` × `height` CSS pixels a page, no margins, backgrounds printed. */
  pdf: (width: number, height: number) => Promise<Uint8Array>
  close: () => void
}

type Params = Record<string, unknown>

interface Message {
  id?: number
  method?: string
  sessionId?: string
  params?: Params
  result?: Params
  error?: { message: string }
}

interface Connection {
  /** A command, to the browser or (with `sessionId`) to an attached tab; its result. */
  send: (method: string, params?: Params, sessionId?: string) => Promise<Params>
  /** Called with every event. */
  onEvent: (listener: (event: Message) => void) => void
  close: () => void
}

function withinStep<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Chromium did not ${what} within ${STEP_TIMEOUT_MS / 1000} s`)), STEP_TIMEOUT_MS)
  })
  return Promise.race([promise, late]).finally(() => clearTimeout(timer))
}

async function connect(endpoint: string): Promise<Connection> {
  const socket = new WebSocket(endpoint)
  const waiting = new Map<number, { resolve: (result: Params) => void, reject: (error: Error) => void }>()
  const listeners: ((event: Message) => void)[] = []
  let closed: Error | undefined
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as Message
    const reply = message.id === undefined ? undefined : waiting.get(message.id)
    waiting.delete(message.id!)
    if (reply)
      message.error ? reply.reject(new Error(message.error.message)) : reply.resolve(message.result ?? {})
    else if (message.method)
      listeners.forEach(listener => listener(message))
  })
  socket.addEventListener('close', () => {
    closed = new Error('Chromium closed its DevTools connection')
    waiting.forEach(reply => reply.reject(closed!))
    waiting.clear()
  })
  await withinStep(new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true })
    socket.addEventListener('error', () => reject(new Error(`could not connect to ${endpoint}`)), { once: true })
  }), 'accept a DevTools connection')
  let lastId = 0
  return {
    send(method, params = {}, sessionId) {
      if (closed)
        return Promise.reject(closed)
      const id = ++lastId
      const answered = new Promise<Params>((resolve, reject) => waiting.set(id, { resolve, reject }))
      socket.send(JSON.stringify({ id, method, params, sessionId }))
      return withinStep(answered, `answer ${method}`)
    },
    onEvent: listener => void listeners.push(listener),
    close: () => socket.close(),
  }
}

/** Attaches to the first tab of the Chromium listening at `endpoint`, its viewport `width` × `height`. */
export async function attachToTab(endpoint: string, width: number, height: number): Promise<CdpTab> {
  const connection = await connect(endpoint)
  try {
    const { targetInfos } = await connection.send('Target.getTargets') as { targetInfos: { targetId: string, type: string }[] }
    // The tab Chromium opens with, or a new one when it is not open yet (a busy machine).
    const targetId = targetInfos.find(info => info.type === 'page')?.targetId
      ?? (await connection.send('Target.createTarget', { url: 'about:blank' }) as { targetId: string }).targetId
    const { sessionId } = await connection.send('Target.attachToTarget', { targetId, flatten: true }) as { sessionId: string }
    const inTab = (method: string, params?: Params) => connection.send(method, params, sessionId)
    // Loads are told apart by their navigation's loader: the blank tab's own load may still be on its way.
    const loaded = new Set<string>()
    const onLoad = new Set<() => void>()
    connection.onEvent((event) => {
      if (event.sessionId === sessionId && event.method === 'Page.lifecycleEvent' && event.params?.name === 'load') {
        loaded.add(String(event.params.loaderId))
        onLoad.forEach(check => check())
      }
    })
    await Promise.all([
      inTab('Page.enable'),
      inTab('Page.setLifecycleEventsEnabled', { enabled: true }),
      inTab('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false }),
    ])
    return {
      async goto(url) {
        const { errorText, loaderId } = await inTab('Page.navigate', { url }) as { errorText?: string, loaderId: string }
        if (errorText)
          throw new Error(`${url} could not be opened: ${errorText}`)
        await withinStep(new Promise<void>((resolve) => {
          const check = () => loaded.has(loaderId) && (onLoad.delete(check), resolve())
          onLoad.add(check)
          check()
        }), `load ${url}`)
      },
      async evaluate(fn, arg) {
        const { result, exceptionDetails } = await inTab('Runtime.evaluate', {
          expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
          awaitPromise: true,
          returnByValue: true,
        }) as { result: { value: unknown }, exceptionDetails?: { exception?: { description?: string }, text: string } }
        if (exceptionDetails)
          throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text)
        return result.value as Awaited<ReturnType<typeof fn>>
      },
      async pdf(width, height) {
        const inches = (px: number) => px / 96
        const { data } = await inTab('Page.printToPDF', {
          paperWidth: inches(width),
          paperHeight: inches(height),
          marginTop: 0,
          marginRight: 0,
          marginBottom: 0,
          marginLeft: 0,
          printBackground: true,
          preferCSSPageSize: true,
        }) as { data: string }
        return new Uint8Array(Buffer.from(data, 'base64'))
      },
      close: () => connection.close(),
    }
  }
  catch (error) {
    connection.close()
    throw error
  }
}
