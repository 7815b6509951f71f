// The audience link as the terminal shows it: a URL on this machine's network address, with the
// unguessable token in its path, and the same URL as a QR code (qrcode) for phones.
import { randomBytes } from 'node:crypto'
import { networkInterfaces } from 'node:os'
import QRCode from 'qrcode'

/** 144 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(18).toString('base64url')
}

type Interfaces = ReturnType<typeof networkInterfaces>

/** The first IPv4 address other machines can reach, else the hostname-less loopback (no network here). */
export function networkAddress(interfaces: Interfaces = networkInterfaces()): string | undefined {
  return Object.values(interfaces).flat().find(address => address && address.family === 'IPv4' && !address.internal)?.address
}

export function audienceUrl(host: string, port: number, token: string): string {
  return `http://${host}:${port}/${token}/`
}

/** The URL as a QR code drawn with block characters, for the terminal. */
export function qrForTerminal(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'terminal', small: true, errorCorrectionLevel: 'L' })
}
