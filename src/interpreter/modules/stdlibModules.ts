/**
 * The standard-library modules the simulation provides, created on their first import (each a
 * file of this folder). An import of any other module is an UnsupportedError naming it and the
 * line. Obscurity: CPython's first import of `functools` or `heapq` runs their `.py` files and
 * allocates the module's functions and dicts; the simulated modules are static objects, so an
 * import allocates only what the module's values need (math.pi's float...).
 */
import type { Interp } from '../runtime/interp';
import { createMath } from './mathModule';
import { createCmath } from './cmathModule';
import { createItertools } from './itertoolsModule';
import { createFunctools } from './functoolsModule';
import { createOperator } from './operatorModule';
import { createHeapq } from './heapqModule';
import { createBisect } from './bisectModule';
import { createCopy } from './copyModule';
import { createString } from './stringModule';
import { createTime } from './timeModule';
import { createUnicodedata } from './unicodedataModule';
import { createDatetime } from './datetimeModule';
import { createCalendar } from './calendarModule';
import { createCollections } from './collectionsModule';
import { createFractions } from './fractionsModule';
import { createAbc } from './abcModule';
import { createDataclasses } from './dataclassesModule';
import { createTracemalloc } from './tracemallocModule';
import { createStatistics } from './statisticsModule';
import { createRe } from './reModule';
import { createContextlib } from './contextlibModule';
import { createTraceback } from './tracebackModule';
import { createEnum } from './enumModule';
import { createTyping } from './typingModule';
import { createFuture } from './futureModule';
import { createThreading } from './threadingModule';
import { createTimeit } from './timeitModule';
import { createQueue } from './queueModule';
import { createAsyncio } from './asyncio/asyncioModule';
import { createCollectionsAbc } from './collectionsAbcModule';
import { createJson } from './jsonModule';
import { createIo } from './ioModule';
import { createPprint } from './pprintModule';
import { createUnittest } from './unittest/unittestModule';
import { createDecimal } from './decimalModule';
import { createDoctest } from './doctestModule';
import { createGraphlib } from './pysource/graphlibModule';
import { createTextwrap } from './pysource/textwrapModule';
import { createConcurrent, createConcurrentFutures } from './pysource/concurrentFuturesModule';
import { createArray } from './arrayModule';
import { createInspect } from './pysource/inspectModule';
import { createImportlib } from './importlibModule';
import { createImportlibUtil } from './pysource/importlibUtilModule';
import { createAtexit } from './atexitModule';
import { createWarnings } from './warningsModule';

/** Registers the module loaders. */
export function installStdlibModules(interp: Interp): void {
  interp.moduleLoaders.set('math', createMath);
  interp.moduleLoaders.set('cmath', createCmath);
  interp.moduleLoaders.set('itertools', createItertools);
  interp.moduleLoaders.set('functools', createFunctools);
  interp.moduleLoaders.set('operator', createOperator);
  interp.moduleLoaders.set('heapq', createHeapq);
  interp.moduleLoaders.set('bisect', createBisect);
  interp.moduleLoaders.set('copy', createCopy);
  interp.moduleLoaders.set('string', createString);
  interp.moduleLoaders.set('time', createTime);
  interp.moduleLoaders.set('unicodedata', createUnicodedata);
  interp.moduleLoaders.set('datetime', createDatetime);
  interp.moduleLoaders.set('calendar', createCalendar);
  interp.moduleLoaders.set('collections', createCollections);
  interp.moduleLoaders.set('fractions', createFractions);
  interp.moduleLoaders.set('abc', createAbc);
  interp.moduleLoaders.set('dataclasses', createDataclasses);
  interp.moduleLoaders.set('tracemalloc', createTracemalloc);
  interp.moduleLoaders.set('statistics', createStatistics);
  interp.moduleLoaders.set('re', createRe);
  interp.moduleLoaders.set('contextlib', createContextlib);
  interp.moduleLoaders.set('traceback', createTraceback);
  interp.moduleLoaders.set('enum', createEnum);
  interp.moduleLoaders.set('typing', createTyping);
  interp.moduleLoaders.set('__future__', createFuture);
  interp.moduleLoaders.set('threading', createThreading);
  interp.moduleLoaders.set('timeit', createTimeit);
  interp.moduleLoaders.set('queue', createQueue);
  interp.moduleLoaders.set('asyncio', createAsyncio);
  interp.moduleLoaders.set('concurrent', createConcurrent);
  interp.moduleLoaders.set('concurrent.futures', createConcurrentFutures);
  interp.moduleLoaders.set('collections.abc', createCollectionsAbc);
  interp.moduleLoaders.set('json', createJson);
  interp.moduleLoaders.set('io', createIo);
  interp.moduleLoaders.set('pprint', createPprint);
  interp.moduleLoaders.set('unittest', createUnittest);
  interp.moduleLoaders.set('decimal', createDecimal);
  interp.moduleLoaders.set('doctest', createDoctest);
  interp.moduleLoaders.set('graphlib', createGraphlib);
  interp.moduleLoaders.set('textwrap', createTextwrap);
  interp.moduleLoaders.set('array', createArray);
  interp.moduleLoaders.set('inspect', createInspect);
  interp.moduleLoaders.set('importlib', createImportlib);
  interp.moduleLoaders.set('importlib.util', createImportlibUtil);
  interp.moduleLoaders.set('atexit', createAtexit);
  interp.moduleLoaders.set('warnings', createWarnings);
}
