/**
 * Registered before the gate while the reader wants highlights on every page
 * (src/core/page/gateRegistration.ts): the gate then asks for the engine at
 * once, without reading storage to learn it.
 */
import { startEverywhere } from './gateStart.ts';

startEverywhere();
