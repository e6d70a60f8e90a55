/* global process, console */
/**
 * A remittance form of an Ant Design teller app, rendered by react-dom/server with the real antd
 * components (Form.Item label/control, Input, Select, Descriptions). Prints the body markup.
 */
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { Button, Descriptions, Form, Input, Select } from 'antd';

function App() {
  return h(
    'div',
    { className: 'teller' },
    h(Descriptions, {
      title: '客户信息',
      bordered: false,
      items: [
        { key: 'name', label: '客户姓名', children: '王芳' },
        { key: 'level', label: '客户等级', children: '白金卡' },
        { key: 'card', label: '卡号', children: '6222 **** **** 8831' },
      ],
    }),
    h(
      Form,
      {
        layout: 'horizontal',
        initialValues: { businessType: '0301', amount: '80,000.00', currency: 'CNY' },
      },
      h(
        Form.Item,
        { label: '业务类型', name: 'businessType', rules: [{ required: true }] },
        h(Select, {
          options: [
            { value: '0101', label: '现金存款' },
            { value: '0301', label: '跨行汇款' },
          ],
        }),
      ),
      h(Form.Item, { label: '交易金额', name: 'amount', rules: [{ required: true }] }, h(Input)),
      h(
        Form.Item,
        { label: '币种', name: 'currency' },
        h(Select, {
          options: [
            { value: 'CNY', label: '人民币' },
            { value: 'USD', label: '美元' },
          ],
        }),
      ),
      h(Form.Item, { label: '收款人', name: 'payee' }, h(Input, { placeholder: '请输入收款人' })),
      h(Form.Item, null, h(Button, { type: 'primary', htmlType: 'submit' }, '提交')),
    ),
  );
}

export function renderAntDesign() {
  return `<body>${renderToString(h(App))}</body>`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(renderAntDesign());
