import { z } from 'zod';
import { terminalProfileSchema } from '../lib/profile/schema';
console.log(JSON.stringify(z.toJSONSchema(terminalProfileSchema, { io: 'input', unrepresentable: 'any' })).slice(0, 6000));
