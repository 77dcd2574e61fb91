import { Button, Card, Flex, Form, Input, InputNumber, Space, Tooltip } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FieldInput } from './api';
import { TargetInput } from './TargetInput';

export type FieldRow = FieldInput & { hasValues?: boolean };

/** The fields table of a data set: one compact row per field; a field holding values keeps its code and decimals. */
export function FieldRows() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const required = (label: string) => [{ required: true, whitespace: true, message: t('common.required', { field: label }) }];
  return (
    <Form.List name="fields">
      {(rows, { add, remove }) => (
        <Flex vertical gap={8}>
          {rows.map(({ key, name }) => {
            const locked = (form.getFieldValue(['fields', name]) as FieldRow | undefined)?.hasValues === true;
            return (
              <Card key={key} size="small" styles={{ body: { paddingBottom: 0 } }}>
                <Space wrap align="start">
                  <Form.Item name={[name, 'code']} label={t('dataSets.fieldCode')} rules={required(t('dataSets.fieldCode'))}>
                    <Input style={{ width: 130 }} disabled={locked} />
                  </Form.Item>
                  <Form.Item name={[name, 'name']} label={t('dataSets.fieldName')} rules={required(t('dataSets.fieldName'))}>
                    <Input style={{ width: 170 }} maxLength={100} />
                  </Form.Item>
                  <Form.Item name={[name, 'group']} label={t('dataSets.fieldGroup')}>
                    <Input style={{ width: 90 }} maxLength={40} />
                  </Form.Item>
                  <Form.Item name={[name, 'unit']} label={t('dataSets.fieldUnit')} rules={required(t('dataSets.fieldUnit'))}>
                    <Input style={{ width: 70 }} maxLength={16} />
                  </Form.Item>
                  <Form.Item name={[name, 'decimals']} label={t('dataSets.fieldDecimals')}>
                    <InputNumber style={{ width: 70 }} min={0} max={4} precision={0} disabled={locked} />
                  </Form.Item>
                  <Form.Item name={[name, 'target']} label={t('dataSets.targetKind')}>
                    <TargetInput />
                  </Form.Item>
                  <Form.Item label=" ">
                    <Tooltip title={locked ? t('dataSets.hasValues') : t('dataSets.remove')}>
                      <Button icon={<DeleteOutlined />} aria-label={t('dataSets.remove')} disabled={locked} onClick={() => remove(name)} />
                    </Tooltip>
                  </Form.Item>
                </Space>
              </Card>
            );
          })}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ code: '', name: '', group: '', unit: '', decimals: 0, target: { kind: 'none', min: null, max: null } })}>
            {t('dataSets.addField')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
