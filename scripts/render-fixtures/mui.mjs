/* global process, console */
/**
 * A wire-transfer form of a Material UI teller app, rendered by react-dom/server with the real
 * MUI components (TextField with InputLabel, Select labelled by aria-labelledby). Prints the body.
 */
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import {
  Button,
  FormControl,
  InputLabel,
  MenuItem,
  Select,
  TextField,
  Typography,
} from '@mui/material';

function App() {
  return h(
    'div',
    { className: 'teller' },
    h(Typography, { variant: 'h5', component: 'h2' }, 'Outgoing wire'),
    h(TextField, {
      id: 'client-name',
      label: 'Client name',
      value: 'John Carter',
      slotProps: { input: { readOnly: true } },
    }),
    h(TextField, { id: 'amount', label: 'Amount', value: '120,000.00', required: true }),
    h(
      FormControl,
      { fullWidth: true },
      h(InputLabel, { id: 'currency-label' }, 'Currency'),
      h(
        Select,
        { labelId: 'currency-label', id: 'currency', value: 'USD', label: 'Currency' },
        h(MenuItem, { value: 'USD' }, 'USD'),
        h(MenuItem, { value: 'EUR' }, 'EUR'),
      ),
    ),
    h(
      FormControl,
      { fullWidth: true },
      h(InputLabel, { id: 'type-label' }, 'Transaction type'),
      h(
        Select,
        { labelId: 'type-label', id: 'type', value: 'wire', label: 'Transaction type' },
        h(MenuItem, { value: 'cash' }, 'Cash deposit'),
        h(MenuItem, { value: 'wire' }, 'International wire'),
      ),
    ),
    h(TextField, { id: 'memo', label: 'Memo', value: '', multiline: true }),
    h(Button, { variant: 'contained' }, 'Submit'),
  );
}

export function renderMui() {
  return `<body>${renderToString(h(App))}</body>`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(renderMui());
