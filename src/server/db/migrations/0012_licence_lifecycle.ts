import { sql, type Kysely } from 'kysely';

/**
 * Renewal, change and cancellation of a licence (#6): a granted cancellation ends in `cancelled`,
 * and the licence number is no longer unique per application, since a renewal or change keeps the
 * number it was issued under. One 新办 still owns each number.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table licence_applications drop constraint licence_applications_status_check`.execute(db);
  await sql`alter table licence_applications add constraint licence_applications_status_check
    check (status in ('accepted','document_review','site_review','approval','issued','cancelled','refused','withdrawn'))`.execute(db);
  await sql`alter table licence_applications drop constraint licence_applications_licence_no_key`.execute(db);
  await sql`create unique index licence_applications_new_licence_no_idx on licence_applications (licence_no) where kind = 'new'`.execute(db);
  await sql`create index licence_applications_licence_no_idx on licence_applications (licence_no)`.execute(db);
}
