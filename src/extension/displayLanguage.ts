// The engine's words in VS Code's display language (`en` or `es`; English for any other).
import * as vscode from 'vscode';
import { normalizeLang, type Lang } from '../core/i18n/lang';
import { messagesFor, type Messages } from '../core/i18n/messages';

export function displayLang(): Lang {
  return normalizeLang(vscode.env.language);
}

export function displayMessages(): Messages {
  return messagesFor(displayLang());
}
