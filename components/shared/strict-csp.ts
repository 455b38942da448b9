/**
 * Attune runs under a strict Content Security Policy (no 'unsafe-eval'). zod 4 compiles fast
 * parsers with `new Function` unless told not to, and decides when each schema is created; so this
 * must run before any schema module loads: it is the first import of the player and of the app.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
