import { useRef, useState } from 'react';
import { App, Button, Flex, Image, Typography } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { patrolPhotoUrl, uploadPatrolPhoto, type Patrol } from '../api';
import { PhotoError, preparePhoto, PHOTO_TYPES } from '../photos';

/** The patrol's photos, and for its patroller a button that takes or picks more (several at once). */
export function PatrolPhotos({ patrol, canUpload }: { patrol: Patrol; canUpload: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(0);

  async function upload(files: File[]) {
    setUploading(files.length);
    for (const file of files) {
      try {
        const { blob, name } = await preparePhoto(file);
        await uploadPatrolPhoto(patrol.id, blob, name);
        void message.success(t('patrols.photoUploaded'));
      } catch (error) {
        if (error instanceof PhotoError) void message.error(error.reason === 'tooLarge' ? t('patrols.photoTooLarge') : t('patrols.photoNotImage'));
        else void message.error(error instanceof Error ? error.message : String(error));
      } finally {
        setUploading((n) => n - 1);
      }
    }
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['patrols'] }),
      queryClient.invalidateQueries({ queryKey: ['units', 'history'] }),
    ]);
  }

  return (
    <Flex vertical gap={12}>
      {patrol.photos.length === 0 ? (
        <Typography.Text type="secondary">{t('patrols.noPhotos')}</Typography.Text>
      ) : (
        <Image.PreviewGroup>
          <Flex wrap gap={8}>
            {patrol.photos.map((photo) => (
              <Image
                key={photo.id}
                src={patrolPhotoUrl(patrol.id, photo.id)}
                width={104}
                height={104}
                style={{ objectFit: 'cover', borderRadius: 6 }}
                alt={t('patrols.photos')}
              />
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
      {canUpload && (
        <>
          <Button icon={<CameraOutlined />} loading={uploading > 0} onClick={() => input.current?.click()} size="large" block>
            {t('patrols.addPhotos')}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('patrols.photosHint')}
          </Typography.Text>
          <input
            ref={input}
            type="file"
            accept={['image/*', ...PHOTO_TYPES].join(',')}
            multiple
            hidden
            data-testid="patrol-photo-input"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              if (files.length > 0) void upload(files);
            }}
          />
        </>
      )}
    </Flex>
  );
}
