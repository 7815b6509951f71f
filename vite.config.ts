// Merged by Slidev into its own Vite config. The dev server gets the rehearsal endpoint, which saves
// the presenter view's runs under rehearsals/ (or REHEARSALS_DIR, which tests point elsewhere).
import { defineConfig } from 'vite'
import { rehearsalEndpoint } from './scripts/rehearsal/endpoint.ts'

export default defineConfig({
  plugins: [rehearsalEndpoint(process.env.REHEARSALS_DIR || undefined)],
})
