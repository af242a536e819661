import type { Page } from '@playwright/test';

/**
 * Where a downloaded PNG has ink (a pixel darker than near-white in any channel), measured by the
 * browser from the file itself: the share of inked pixels, and for each row whether it has any.
 */
export async function pngInk(page: Page, file: Buffer): Promise<{ width: number; height: number; share: number; rows: boolean[] }> {
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const { data: px } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const rows: boolean[] = Array(canvas.height).fill(false);
    let inked = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (px[i] < 200 || px[i + 1] < 200 || px[i + 2] < 200) {
        inked++;
        rows[Math.floor(i / 4 / canvas.width)] = true;
      }
    }
    return { width: canvas.width, height: canvas.height, share: inked / (px.length / 4), rows };
  }, file.toString('base64'));
}
