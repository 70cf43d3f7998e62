/** Core severities as VS Code's `DiagnosticSeverity` numbers. No `vscode` here: unit-tested. */
import type { Severity } from '../core/digest-service';

/** The values of `vscode.DiagnosticSeverity` (Error 0, Warning 1, Information 2, Hint 3). */
export const DIAGNOSTIC_SEVERITY: Readonly<Record<Severity, 0 | 1 | 2 | 3>> = { error: 0, warning: 1, information: 2, hint: 3 };
