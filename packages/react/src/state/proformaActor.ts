import type { ProformaMachine } from '@proformas/core';
import type { Actor, SnapshotFrom } from 'xstate';

/** The running statechart of one proforma: the single source of truth for answers and phase. */
export type ProformaActor = Actor<ProformaMachine>;
export type ProformaSnapshot = SnapshotFrom<ProformaMachine>;
