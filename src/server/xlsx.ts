import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxDownload {
  /** The Chinese file name, sent as UTF-8. */
  filename: string;
  /** An ASCII name for clients that ignore `filename*`. */
  asciiFilename: string;
}

/** Sends a workbook as a download. RFC 6266/5987: an ASCII name for old clients, the UTF-8 one for the rest. */
export function sendXlsx(reply: FastifyReply, file: XlsxDownload, body: Buffer | Readable) {
  const encoded = encodeURIComponent(file.filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return reply
    .header('content-type', XLSX_CONTENT_TYPE)
    .header('content-disposition', `attachment; filename="${file.asciiFilename}"; filename*=UTF-8''${encoded}`)
    .header('cache-control', 'no-store')
    .send(body);
}
