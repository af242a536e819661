/**
 * The width charts are drawn at for their image exports (CSS px; the PNG is twice that): a
 * reader-sized figure whatever the screen, so an export made on a phone is not the narrow chart
 * scaled up (components/charts/chart-export.ts pads it to this width plus its margins). In a module
 * of its own, not in the 'use client' frame: a server component importing a constant from a client
 * module gets a client reference, not the number. export-frame.tsx's class says the same number
 * (Tailwind needs it literally).
 */
export const EXPORT_CHART_WIDTH = 720;
