/** Registers the chart.js pieces the supervisor's charts use (tree-shaken: nothing else is bundled). */
import {
  ArcElement,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  ArcElement,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
);
Chart.defaults.font.family = "system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";
Chart.defaults.color = '#1d2733';
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.animation = false;

/** The page's palette (components/theme.css), one colour per pipeline step. */
export const STEP_COLOURS = {
  referred: '#3c5a99',
  contacted: '#177a80',
  met: '#8a5a00',
  won: '#2e7d32',
  declined: '#c77d3a',
  lost: '#8795a5',
} as const;
