import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DOCUMENT_CONTENT_TYPES, DOCUMENT_KIND_LABELS, isCaseOpen, type DocumentKind } from '../../../core/cases.js';
import type { DB } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.js';
import type { Actor } from '../../scope.js';
import { audit } from '../audit/service.js';
import { requirePermission } from '../inspections/service.js';
import * as repo from './repo.js';
import type { CaseDocument } from './schemas.js';

const toDocument = (row: repo.CaseDocumentRow): CaseDocument => ({
  id: row.id, kind: row.kind, fileName: row.file_name, contentType: row.content_type, size: row.size, sha256: row.sha256,
  uploadedBy: row.uploaded_by_name, createdAt: new Date(row.created_at).toISOString(),
});

/** A file name safe to keep and to send back in a header: no path, no control characters, bounded. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(-200);
  return clean === '' ? '文书' : clean;
}

/** The case file's documents: attached while the case is open, fixed once it has ended. */
export function createCaseDocuments({ db, requireCase }: { db: Kysely<DB>; requireCase: (tx: Executor, actor: Actor, id: string) => Promise<repo.CaseRow> }) {
  async function requireOpenCase(tx: Executor, actor: Actor, caseId: string) {
    const row = await requireCase(tx, actor, caseId);
    if (!isCaseOpen(row.status)) throw new ConflictError('案件已结束，案卷文书不能再更改');
    return row;
  }

  return {
    async documents(actor: Actor, caseId: string): Promise<{ items: CaseDocument[] }> {
      requirePermission(actor, 'cases.read');
      await requireCase(db, actor, caseId);
      return { items: (await repo.listDocuments(db, caseId)).map(toDocument) };
    },

    async addDocument(actor: Actor, caseId: string, kind: DocumentKind, file: { fileName: string; contentType: string; data: Buffer }): Promise<CaseDocument> {
      requirePermission(actor, 'cases.manage');
      if (!(DOCUMENT_CONTENT_TYPES as readonly string[]).includes(file.contentType)) throw ValidationError.field('file', '文书须为 PDF、JPEG、PNG 或 Word（docx）文件');
      if (file.data.length === 0) throw ValidationError.field('file', '文件为空');
      return db.transaction().execute(async (tx) => {
        const row = await requireOpenCase(tx, actor, caseId);
        const sha256 = createHash('sha256').update(file.data).digest('hex');
        const id = await repo.insertDocument(tx, {
          case_id: caseId, kind, file_name: cleanFileName(file.fileName), content_type: file.contentType, size: file.data.length, sha256, data: file.data,
          uploaded_by: actor.userId || null,
        });
        const document = toDocument((await repo.listDocuments(tx, caseId)).find((d) => d.id === id)!);
        await audit(tx, actor, { action: 'add_document', entityType: 'case', entityId: caseId, path: row.path, summary: `上传${DOCUMENT_KIND_LABELS[kind]}：${row.case_no}`, after: document });
        return document;
      });
    },

    async document(actor: Actor, caseId: string, documentId: string) {
      requirePermission(actor, 'cases.read');
      await requireCase(db, actor, caseId);
      const document = await repo.findDocumentData(db, caseId, documentId);
      if (!document) throw new NotFoundError('文书');
      return { fileName: document.file_name, contentType: document.content_type, data: document.data };
    },

    async deleteDocument(actor: Actor, caseId: string, documentId: string): Promise<void> {
      requirePermission(actor, 'cases.manage');
      await db.transaction().execute(async (tx) => {
        const row = await requireOpenCase(tx, actor, caseId);
        const document = await repo.findDocumentData(tx, caseId, documentId);
        if (!document) throw new NotFoundError('文书');
        await repo.deleteDocument(tx, caseId, documentId);
        await audit(tx, actor, {
          action: 'delete_document', entityType: 'case', entityId: caseId, path: row.path, summary: `删除${DOCUMENT_KIND_LABELS[document.kind]}：${row.case_no}`,
          before: { documentId, kind: document.kind, fileName: document.file_name, sha256: document.sha256 },
        });
      });
    },
  };
}
