import * as vscode from 'vscode';
import type { CommandId } from './ids';

/**
 * A command as an object: its id from the table in ids.ts and what it does (as the built-in Markdown extension has
 * them).
 */
export interface Command {
  readonly id: CommandId;
  execute(...args: never[]): unknown;
}

/** Registers every command in one place and disposes them together. */
export class CommandManager implements vscode.Disposable {
  private readonly registrations = new Map<string, vscode.Disposable>();

  register(...commands: Command[]): void {
    for (const command of commands) {
      this.registrations.get(command.id)?.dispose();
      this.registrations.set(
        command.id,
        vscode.commands.registerCommand(command.id, (...args: never[]) => command.execute(...args)),
      );
    }
  }

  dispose(): void {
    for (const registration of this.registrations.values()) registration.dispose();
    this.registrations.clear();
  }
}
