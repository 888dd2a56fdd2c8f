import type { Command } from '../src/core/command.ts';
import ask from './ask.ts';
import define from './define.ts';
import examples from './examples.ts';
import explain from './explain.ts';
import help from './help.ts';
import settings from './settings.ts';
import stats from './stats.ts';
import terms from './terms.ts';

/** Every command, in one list that the entry points hand to deploy, gateway, HTTP endpoint and CLI. */
export const COMMANDS: readonly Command[] = [define, ask, examples, terms, help, explain, settings, stats];
