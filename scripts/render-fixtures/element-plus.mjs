/* global process, console */
/**
 * A Chinese bank's time-deposit form, rendered by Vue's server renderer with the real Element Plus
 * components (el-form, el-form-item, el-select, el-input, el-descriptions). Prints the page.
 */
import { createRequire } from 'node:module';
import { installDom, serializeState, settle } from './dom.mjs';

const dom = installDom();
// Element Plus's ES build imports @popperjs/core by named exports, which Node's ESM loader
// refuses: load the CommonJS builds (the same code) after the DOM globals exist.
const require = createRequire(import.meta.url);
const { createApp, nextTick } = require('vue');
const ElementPlus = require('element-plus');

const BUSINESS = [
  { value: '0101', label: '活期存款' },
  { value: '0102', label: '整存整取' },
  { value: '0103', label: '零存整取' },
  { value: '0104', label: '通知存款' },
];
const CURRENCIES = [
  { value: 'CNY', label: '人民币' },
  { value: 'USD', label: '美元' },
];

const template = `
<div class="teller">
  <el-descriptions title="客户信息" :column="3" border>
    <el-descriptions-item label="客户姓名">张伟</el-descriptions-item>
    <el-descriptions-item label="客户等级">金卡</el-descriptions-item>
    <el-descriptions-item label="证件号码">110101********1234</el-descriptions-item>
  </el-descriptions>
  <el-form :model="form" label-width="100px" class="deposit-form">
    <el-form-item label="业务类型" prop="businessType" required>
      <el-select v-model="form.businessType" placeholder="请选择业务">
        <el-option v-for="o in business" :key="o.value" :label="o.label" :value="o.value" />
      </el-select>
    </el-form-item>
    <el-form-item label="交易金额" prop="amount" required>
      <el-input v-model="form.amount" placeholder="请输入金额" />
    </el-form-item>
    <el-form-item label="币种" prop="currency">
      <el-select v-model="form.currency" placeholder="请选择币种">
        <el-option v-for="o in currencies" :key="o.value" :label="o.label" :value="o.value" />
      </el-select>
    </el-form-item>
    <el-form-item label="存期" prop="term">
      <el-select v-model="form.term" placeholder="请选择存期" :options="terms" />
    </el-form-item>
    <el-form-item label="备注" prop="remarks">
      <el-input v-model="form.remarks" type="textarea" />
    </el-form-item>
    <el-form-item>
      <el-button type="primary">提交</el-button>
    </el-form-item>
  </el-form>
</div>`;

/** The body's markup after Element Plus has mounted and settled (popper teleports included). */
export async function renderElementPlus() {
  const app = createApp({
    data: () => ({
      form: {
        businessType: '0102',
        amount: '500,000.00',
        currency: 'CNY',
        term: '',
        remarks: '客户咨询理财',
      },
      business: BUSINESS,
      currencies: CURRENCIES,
      terms: [
        { value: '12', label: '一年' },
        { value: '36', label: '三年' },
      ],
    }),
    template,
  });
  app.use(ElementPlus.default ?? ElementPlus);
  // fixed ids (el-id-1024-N) so a re-render gives the same file
  app.provide(ElementPlus.ID_INJECTION_KEY, { prefix: 1024, current: 0 });
  app.mount('#app');
  await nextTick();
  await settle();
  return serializeState(dom.window.document.body);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await renderElementPlus());
