/**
 * `graphlib` (Lib/graphlib.py, the same file on 3.11–3.13): `TopologicalSorter` and `CycleError`,
 * written in Python and run by the simulation on the first import (sourceModule.ts), so a sorter
 * allocates what CPython's does: a dict from node to a three-slot record per node (the node, its
 * count of predecessors not yet done, its list of successors), the list of ready nodes, a tuple
 * per `get_ready()` and a generator for `static_order()`.
 *
 * The order is CPython's: nodes are recorded in the order `add` first sees them (a node, then its
 * predecessors); the first ready nodes are those without predecessors in that order; `done`
 * appends successors, in the order their edges were added, as their count reaches zero. The
 * cycle reported by `prepare` is the first one a depth-first walk over successors meets, starting
 * from each node in insertion order, given as the path from the repeated node back to itself.
 * A record's count is -1 once passed out by `get_ready` and -2 once `done`.
 */
import type { Interp } from '../../runtime/interp';
import type { PyModuleObject } from '../../runtime/moduleObject';
import { genericAliasFunction, runSourceModule } from './sourceModule';

const GRAPHLIB_SOURCE = String.raw`
_PASSED_OUT = -1
_FINISHED = -2


class _NodeInfo:
    __slots__ = ('node', 'npredecessors', 'successors')

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """Subclass of ValueError raised by TopologicalSorter.prepare if cycles
    exist in the working graph.

    If multiple cycles exist, only one undefined choice among them will be reported
    and included in the exception. The detected cycle can be accessed via the second
    element in the *args* attribute of the exception instance and consists in a list
    of nodes, such that each node is, in the graph, an immediate predecessor of the
    next node in the list. In the reported list, the first and the last node will be
    the same, to make it clear that it is cyclic.
    """
    pass




class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes"""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _get_nodeinfo(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = _NodeInfo(node)
            self._node2info[node] = info
        return info

    def add(self, node, *predecessors):
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._get_nodeinfo(node)
        info.npredecessors += len(predecessors)
        for before in predecessors:
            self._get_nodeinfo(before).successors.append(node)

    def prepare(self):
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [info.node for info in self._node2info.values() if info.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        batch = tuple(self._ready_nodes)
        table = self._node2info
        for node in batch:
            table[node].npredecessors = _PASSED_OUT
        self._ready_nodes.clear()
        self._npassedout += len(batch)
        return batch

    def is_active(self):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        table = self._node2info
        for node in nodes:
            info = table.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state != _PASSED_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _FINISHED
            for after in info.successors:
                after_info = table[after]
                after_info.npredecessors -= 1
                if after_info.npredecessors == 0:
                    self._ready_nodes.append(after)
            self._nfinished += 1

    def _find_cycle(self):
        table = self._node2info
        path = []
        nexts = []
        visited = set()
        depth_of = {}
        for start in table:
            if start in visited:
                continue
            node = start
            while True:
                if node in visited:
                    if node in depth_of:
                        return path[depth_of[node]:] + [node]
                else:
                    visited.add(node)
                    nexts.append(iter(table[node].successors).__next__)
                    depth_of[node] = len(path)
                    path.append(node)
                while path:
                    try:
                        node = nexts[-1]()
                        break
                    except StopIteration:
                        del depth_of[path.pop()]
                        nexts.pop()
                else:
                    break
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(_GenericAlias)


`;

/** Creates the module (on first import). */
export function createGraphlib(interp: Interp): PyModuleObject {
  const natives = { _GenericAlias: genericAliasFunction(interp) };
  return runSourceModule(interp, { name: 'graphlib', source: GRAPHLIB_SOURCE, publicNames: ['TopologicalSorter', 'CycleError'], natives });
}
