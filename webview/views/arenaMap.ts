/**
 * The arena map: one row per 1 MiB arena, one cell per 16 KiB pool, shaded by how full the pool is
 * and labelled with its size class, as obmalloc.c lays them out.
 */
import type { ArenaView, PoolView } from '../../src/protocol/heapModel';
import { h, hex } from '../dom';

function poolCell(pool: PoolView, paused: boolean): HTMLElement {
  const fill = pool.capacity === 0 ? 0 : pool.used / pool.capacity;
  const cell = h('div', {
    class: `pool pool-${pool.state}${paused ? ' pool-paused' : ''}`,
    'data-testid': paused ? 'paused-pool' : null,
    title: `pool ${hex(pool.address)} · class ${pool.sizeClassIndex} (${pool.blockSize} B blocks) · ` +
      `${pool.used}/${pool.capacity} blocks used · ${pool.state}`,
    'data-szidx': pool.sizeClassIndex,
  }, h('span', { class: 'pool-label' }, String(pool.blockSize)));
  cell.style.setProperty('--fill', fill.toFixed(3));
  return cell;
}

/** The map for every arena; `pausedPool` is the pool of the allocation the run is paused at. */
export function renderArenaMap(arenas: ArenaView[], pausedPool: number | null = null): HTMLElement {
  if (arenas.length === 0) return h('p', { class: 'empty' }, 'No arenas allocated.');
  const map = h('div', { class: 'arena-map', 'data-testid': 'arena-map' });
  for (const arena of arenas) {
    const pools = h('div', { class: 'pools' }, ...arena.pools.map((p) => poolCell(p, p.address === pausedPool)));
    for (let i = arena.pools.length; i < arena.totalPools; i++) pools.append(h('div', { class: 'pool pool-uncarved', title: 'not carved yet' }));
    map.append(h('div', { class: 'arena' },
      h('div', { class: 'arena-label' }, `arena ${arena.index}`, h('br'), h('small', {}, hex(arena.address)),
        h('br'), h('small', {}, `${arena.freePools}/${arena.totalPools} pools free`)),
      pools));
  }
  return map;
}
