/** What the server takes (POST /api/patrols/:id/photos). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
const MAX_EDGE = 2560;

export class PhotoError extends Error {
  constructor(readonly reason: 'notImage' | 'tooLarge') {
    super(reason);
  }
}

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

/**
 * A phone photo as the server accepts it: sent as it is when it is a JPEG, PNG or WebP within 5 MB;
 * otherwise scaled to 2560 px on the long edge and re-encoded as JPEG, lowering the quality until
 * it fits.
 */
export async function preparePhoto(file: File): Promise<{ blob: Blob; name: string }> {
  if ((PHOTO_TYPES as readonly string[]).includes(file.type) && file.size <= PHOTO_MAX_BYTES) return { blob: file, name: file.name };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new PhotoError('notImage');
  }
  const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  for (const quality of [0.85, 0.7, 0.55]) {
    const blob = await toJpeg(canvas, quality);
    if (blob && blob.size <= PHOTO_MAX_BYTES) return { blob, name: file.name.replace(/\.[^.]+$/, '') + '.jpg' };
  }
  throw new PhotoError('tooLarge');
}
