/**
 * unittest.case's control exceptions (SkipTest, _ShouldStop, _UnexpectedSuccess), the skip and
 * expectedFailure decorators, and the helpers that report a skip or an error to a result.
 */
export const SKIP_SOURCE = String.raw`
class SkipTest(Exception):
    __module__ = 'unittest.case'


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


def _id(obj):
    return obj


def _copy_names(wrapper, wrapped):
    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapper, name, getattr(wrapped, name))
        except AttributeError:
            pass
    wrapper.__wrapped__ = wrapped


def skip(reason):
    def decorator(test_item):
        if not isinstance(test_item, type):
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            _copy_names(skip_wrapper, test_item)
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if callable(reason) and not isinstance(reason, (str, type)):
        test_item = reason
        reason = ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        return all(_is_subtype(e, basetype) for e in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


def _add_skip(result, test_case, reason):
    add = getattr(result, 'addSkip', None)
    if add is not None:
        add(test_case, reason)
    else:
        result.addSuccess(test_case)


def _add_error(result, test, exc_info):
    if result is not None and exc_info is not None:
        if issubclass(exc_info[0], test.failureException):
            result.addFailure(test, exc_info)
        else:
            result.addError(test, exc_info)

`;
