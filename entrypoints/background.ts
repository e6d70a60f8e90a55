import { defineBackground } from 'wxt/utils/define-background';
import { setUpBackground } from '@/lib/background/setup';

export default defineBackground(() => setUpBackground());
