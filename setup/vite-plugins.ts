// Slidev's hook for extra Vite plugins, given the resolved options: the rehearsal runtime's (see
// scripts/rehearsal/vite-plugins.ts).
import { rehearsalVitePlugins } from '../scripts/rehearsal/vite-plugins.ts'

export default rehearsalVitePlugins
