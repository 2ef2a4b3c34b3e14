# Probe: gen-0 count since `import weakref` began where Lib/types.py is imported, creates _C and
# returns (fact types_garbage_marks); the audit hook and profiler add a few counts of their own.
import gc, sys
gc.disable()
marks = {}
def prof(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == '_C':
        marks['C'] = gc.get_count()[0]
    if event == 'return' and frame.f_code.co_name == '<module>' and frame.f_code.co_filename.endswith('types.py'):
        marks['end'] = gc.get_count()[0]
        sys.setprofile(None)
def hook(ev, args):
    if ev == 'import' and args[0] == 'types' and 'types' not in marks:
        marks['types'] = gc.get_count()[0]
        sys.setprofile(prof)
sys.addaudithook(hook)
c0 = gc.get_count()[0]; b0 = sys.getallocatedblocks()
import weakref
c1 = gc.get_count()[0]; b1 = sys.getallocatedblocks()
print('weakref T', c1 - c0, 'B', b1 - b0, {k: v - c0 for k, v in marks.items()})
