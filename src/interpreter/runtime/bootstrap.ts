/**
 * Builds a ready interpreter for one CPython version: the engine's runtime over the simulated
 * pymalloc, the collector wired to it (3.11 collects inside the allocation, 3.12+ at the next
 * eval-breaker check), the builtins, the built-in types' methods and the modules.
 */
import { Collector, type GcHooks } from '../../engine/gc/collector';
import { listAppend, type PyListObject } from '../../engine/objects/listObject';
import { maybeUntrackTuple, type PyTupleObject } from '../../engine/objects/tupleObject';
import { Runtime } from '../../engine/runtime';
import type { CPythonVersion } from '../../protocol/heapModel';
import { builtinFunctions } from '../builtins/builtinFunctions';
import { installTypeConstructors } from '../builtins/typeConstructors';
import { installGc } from '../modules/gcModule';
import { installWeakref } from '../modules/weakrefModule';
import { handleWeakrefs } from '../../engine/gc/handleWeakrefs';
import { installSys } from '../modules/sysModule';
import { installRandom } from '../modules/randomModule';
import { installListMethods } from '../objects/listMethods';
import { installStrMethods } from '../objects/strMethods';
import { installNumberMethods } from '../objects/numberMethods';
import { installRangeMethods } from '../objects/rangeMethods';
import { installRoundingMethods } from '../objects/numberRounding';
import { installSliceBuiltin } from '../objects/sliceBuiltin';
import { installDictViewSetOps } from '../objects/dictViewSetOps';
import { installBytesTypes } from '../objects/bytesConstructors';
import { maybeUntrackDict } from '../../engine/objects/dictObject';
import { installIterTools } from '../builtins/iterTools';
import { installOrdering } from '../builtins/ordering';
import { installValueBuiltins } from '../builtins/valueBuiltins';
import { installDictMethods } from '../objects/dictMethods';
import { installSetMethods } from '../objects/setMethods';
import { installStrQueries } from '../objects/strQueries';
import { installStrTransforms } from '../objects/strTransforms';
import { installClassBuiltins } from '../builtins/classBuiltins';
import { installMetaclassMethods } from '../vm/metaclass';
import { installBuiltinNews } from '../objects/builtinBase';
import { installPickleHooks } from '../objects/pickleHooks';
import { installIntMethods } from '../objects/intMethods';
import { installComplexType } from '../builtins/complexType';
import { installGenerators } from '../vm/generators';
import { Interp } from './interp';
import { installExceptionGroups } from '../objects/exceptionGroup';
import { installExceptionSlots } from '../objects/exceptionSlots';
import { installObjectHooks } from '../objects/objectHooks';
import { installStdlibModules } from '../modules/stdlibModules';
import { invokeGcCallbacks } from './gcCallbacks';

/** An interpreter and its collector. */
export interface Bootstrapped {
  interp: Interp;
  collector: Collector;
}

/** A fresh interpreter modelling `version`. */
export function bootstrap(version: CPythonVersion): Bootstrapped {
  const rt = Runtime.create(version);
  const interp = new Interp(rt);
  const hooks: GcHooks = {
    // tp_finalize: a class's __del__, a generator's close (the collector set FINALIZED first).
    finalize: (_heap, o) => {
      if (!o.type.finalize) return false;
      o.type.finalize(o);
      return true;
    },
    handleWeakrefs: (heap, unreachable, old) => handleWeakrefs(heap, unreachable, old),
    maybeUntrackTuple: (_heap, o) => {
      if (o.type === rt.types.tuple) maybeUntrackTuple(rt, o as PyTupleObject);
    },
    maybeUntrackDict: (_heap, o) => maybeUntrackDict(rt, o),
    clearFreeLists: () => rt.clearFreeLists(),
    invokeCallbacks: (_heap, phase, generation, collected, uncollectable) => {
      if (phase === 'stop') {
        // A collection while a module the script imported runs is placed at that module's line.
        const where = rt.heap.memory.footprints.place(rt.heap.line);
        interp.gcHistory.push(where.file === undefined
          ? { step: interp.step, line: interp.line, generation, collected, uncollectable }
          : { step: interp.step, line: where.line, file: where.file, generation, collected, uncollectable });
      }
      invokeGcCallbacks(interp, phase, generation, collected, uncollectable);
    },
    saveGarbage: (_heap, o) => {
      const garbage = interp.modules.get('gc')?.dict.get('garbage') as PyListObject;
      rt.heap.incref(o);
      listAppend(rt, garbage, o);
    },
  };
  const collector = new Collector(rt.heap, hooks);
  rt.heap.onCollectionDue = () => collector.runDue();
  for (const [name, impl] of Object.entries(builtinFunctions)) interp.builtins.set(name, interp.nativeFunction(name, impl));
  installTypeConstructors(interp);
  installClassBuiltins(interp);
  installMetaclassMethods(interp);
  installBuiltinNews(interp);
  installPickleHooks(interp);
  installIntMethods(interp);
  installComplexType(interp);
  installGenerators(interp);
  installListMethods(interp);
  installStrMethods(interp);
  installNumberMethods(interp);
  installRangeMethods(interp);
  installRoundingMethods(interp);
  installSliceBuiltin(interp);
  installDictViewSetOps(interp);
  installBytesTypes(interp);
  installStrQueries(interp);
  installStrTransforms(interp);
  installDictMethods(interp);
  installSetMethods(interp);
  installIterTools(interp);
  installOrdering(interp);
  installValueBuiltins(interp);
  installSys(interp);
  installExceptionGroups(interp);
  installExceptionSlots(interp);
  installObjectHooks(interp);
  installGc(interp, collector);
  installStdlibModules(interp);
  installWeakref(interp);
  installRandom(interp);
  return { interp, collector };
}
