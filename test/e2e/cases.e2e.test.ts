import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, openApp, submitDialog, type AppSession } from './server.js';

/**
 * An inspector at 兴化市卫生监督所 files a case against a person, attaches the documents each stage
 * needs, takes it through 调查取证, 处罚决定 (警告) and 执行 to 结案, and sees it in the year's figures.
 */
const PARTY = `赵某（${Date.now() % 100_000}）`;
const PDF = Buffer.from('%PDF-1.4\n% e2e\n');
/** antd puts a space between the two characters of a two-character button label (立 案). */
const label = (name: string) => new RegExp(`^${[...name].join('\\s*')}$`);

interface Figures { casesFiled: number; casesEnded: number; casesFiledByArea: Record<string, number> }

describe('a case from 立案 to 结案', () => {
  let session: AppSession;
  let page: Page;
  let before: Figures;
  const year = String(new Date().getFullYear());

  const drawer = () => page.locator('.ant-drawer');
  const upload = async (kind: string) => {
    await chooseOption(page, drawer().getByLabel('文书类别'), kind);
    await drawer().locator('input[type=file]').setInputFiles({ name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: PDF });
    await drawer().getByText(`${kind} · ${kind}.pdf`).waitFor();
  };
  const step = async (name: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) => {
    await drawer().getByRole('button', { name: label(name) }).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`^${name}：`) });
    await fill?.(dialog);
    await submitDialog(page, dialog, label(name));
    await page.getByText(`已完成：${name}`).first().waitFor();
  };

  beforeAll(async () => {
    session = await openApp({ viewport: { width: 1366, height: 900 } });
    page = session.page;
  });
  afterAll(() => session?.close());

  it('files a case with two handling officers', async () => {
    await session.signIn('inspector');
    before = await session.apiGet<Figures>(`/api/cases/indicators?period=${year}`);
    const { items: officers } = await session.apiGet<{ items: { name: string }[] }>('/api/inspections/officers');
    await page.getByRole('menuitem', { name: '监督执法' }).click();
    await page.waitForURL('**/cases');
    await page.getByTestId('case-indicators').waitFor();
    await page.getByRole('tab', { name: '行政处罚案件' }).click();
    // The demo's cases are listed before anything is filed.
    const panel = page.getByRole('tabpanel', { name: '行政处罚案件' });
    await panel.getByRole('button', { name: /卫罚〔/ }).first().waitFor();
    await panel.getByRole('button', { name: '立案' }).click();
    const dialog = page.getByRole('dialog', { name: '立案' });
    await dialog.getByLabel('当事人').fill(PARTY);
    await chooseOption(page, dialog.getByLabel('案件类别'), '医疗服务');
    await dialog.getByLabel('案由').fill('未取得医疗机构执业许可证擅自执业');
    for (const officer of officers.slice(0, 2)) await chooseOption(page, dialog.getByLabel('承办人'), new RegExp(`^${officer.name}（`));
    await dialog.getByLabel('案由').click();
    await submitDialog(page, dialog, label('立案'));
    await drawer().getByText(PARTY).waitFor();
    // Only 开始调查取证 and 不予处罚 are offered, and the first waits for its document.
    await drawer().getByTestId('missing-documents').getByText('需先上传：立案审批表').waitFor();
    expect(await drawer().getByRole('button', { name: label('结案') }).count()).toBe(0);
  });

  it('moves it through every stage with the documents each needs', async () => {
    await upload('立案审批表');
    await step('开始调查取证');
    await upload('行政处罚事先告知书');
    await step('作出处罚决定', async (dialog) => {
      await dialog.getByLabel('警告').check();
      await dialog.getByLabel('违法依据').fill('《医疗机构管理条例》第十四条');
      await dialog.getByLabel('处罚依据').fill('《医疗机构管理条例》第四十三条');
      await chooseOption(page, dialog.getByLabel('自由裁量等级'), '一般');
    });
    await upload('行政处罚决定书');
    await upload('送达回证');
    await step('执行处罚');
    await upload('结案报告');
    await step('结案', async (dialog) => {
      await dialog.getByLabel('结案摘要').fill('警告已送达，当事人已停止执业');
    });
    await drawer().getByTestId('case-status').getByText('结案').waitFor();
    await drawer().getByText('警告已送达，当事人已停止执业').waitFor();
    // An ended case's file is fixed: no upload, no delete.
    expect(await drawer().getByRole('button', { name: label('上传') }).count()).toBe(0);
  });

  it('counts it in this year’s figures', async () => {
    const after = await session.apiGet<Figures>(`/api/cases/indicators?period=${year}`);
    expect(after.casesFiled).toBe(before.casesFiled + 1);
    expect(after.casesEnded).toBe(before.casesEnded + 1);
    expect(after.casesFiledByArea.medical).toBe(before.casesFiledByArea.medical! + 1);
    await page.keyboard.press('Escape');
    const card = page.getByTestId('case-indicators');
    await card.getByText(`医疗服务 ${after.casesFiledByArea.medical}`).waitFor();
    await card.getByText(`${after.casesEnded} / ${after.casesFiled} 件`).waitFor();
  });
});
