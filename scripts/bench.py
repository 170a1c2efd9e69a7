#!/usr/bin/env python3
"""Measure policyscan's speed budget on a release build.

usage: scripts/bench.py [--bin PATH] [--corpus DIR] [--page FILE] [--runs N] [--instructions]

- corpus: `check --format json` on every policies/*.html of an OPP-115-style corpus, one process
  each, as the scorer runs it; prints the CPU time (user + system) of all of them together.
  Budget: under 1 s for the 75 dev policies.
- page: `check` on one large policy page (default: a ~100 KB saved privacy page from the shared
  corpora), end to end from process start to exit; prints the median CPU and wall time of N runs.
  Budget: under 20 ms.
- --instructions: instead of timing, counts the instructions of the same runs with valgrind's
  callgrind (on a copy of the binary without debug info, which valgrind cannot read). Slower, but
  the same count for the same binary and inputs whatever else the machine is doing: on a shared
  machine, CPU time drifts by tens of percent from minute to minute.
The last line is the headline.
"""
import argparse, os, re, resource, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(ROOT), 'shared', 'corpora')
DEFAULT_PAGE = os.path.join(SHARED, 'ai-policies', 'snapshots', 'GenAI', 'OpenAI', 'Privacy_Policy',
                            '2023-10-16T123008_7713d081', '0_fe8d7e2d__Privacy_Policy.html')


def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(binary, args):
    c0, t0 = cpu(), time.perf_counter()
    subprocess.run([binary] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return cpu() - c0, time.perf_counter() - t0


def instructions(binary, args):
    """Instructions executed by one run, counted by callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        p = subprocess.run(['valgrind', '--tool=callgrind', f'--callgrind-out-file={tmp}/out', binary] + args,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    m = re.search(r'Collected : (\d+)', p.stderr)
    if not m:
        sys.exit(f'valgrind did not count: {p.stderr.strip()[-300:]}')
    return int(m.group(1))


def count_main(a):
    if not shutil.which('valgrind'):
        sys.exit('--instructions needs valgrind')
    with tempfile.TemporaryDirectory() as tmp:
        binary = os.path.join(tmp, 'policyscan')
        subprocess.run(['strip', '--strip-debug', '-o', binary, a.bin], check=True)
        line = []
        folder = os.path.join(a.corpus, 'policies')
        if os.path.isdir(folder):
            files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith('.html'))
            total = sum(instructions(binary, ['check', '--format', 'json', f]) for f in files)
            print(f'corpus: {len(files)} policies, {total / 1e9:.3f} G instructions together')
            line.append(f'{len(files)} policies {total / 1e9:.3f} G instructions')
        if os.path.isfile(a.page):
            n = instructions(binary, ['check', a.page])
            print(f'page: {os.path.basename(a.page)}, {os.path.getsize(a.page) / 1000:.0f} KB: {n / 1e6:.1f} M instructions')
            line.append(f'page {n / 1e6:.1f} M instructions')
        start = instructions(binary, ['--version'])
        line.append(f'--version {start / 1e6:.1f} M')
        print('bench: ' + ' | '.join(line))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--bin', default=os.path.join(ROOT, '.build', 'release', 'policyscan'))
    ap.add_argument('--corpus', default=os.path.join(SHARED, 'opp115-dev'))
    ap.add_argument('--page', default=DEFAULT_PAGE)
    ap.add_argument('--runs', type=int, default=30)
    ap.add_argument('--instructions', action='store_true', help='count instructions with valgrind instead of timing')
    a = ap.parse_args()
    if not os.path.exists(a.bin):
        sys.exit(f'{a.bin}: not built; run swift build -c release')
    if a.instructions:
        return count_main(a)
    line = []
    folder = os.path.join(a.corpus, 'policies')
    if os.path.isdir(folder):
        files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith('.html'))
        run(a.bin, ['check', '--format', 'json', files[0]])  # warm the page cache
        total = sum(run(a.bin, ['check', '--format', 'json', f])[0] for f in files)
        print(f'corpus: {len(files)} policies, {total:.3f} s CPU together (budget 1 s)')
        line.append(f'{len(files)} policies {total:.3f} s CPU')
    if os.path.isfile(a.page):
        size = os.path.getsize(a.page)
        run(a.bin, ['check', a.page])
        samples = [run(a.bin, ['check', a.page]) for _ in range(a.runs)]
        c = statistics.median(s[0] for s in samples) * 1000
        w = statistics.median(s[1] for s in samples) * 1000
        print(f'page: {os.path.basename(a.page)}, {size / 1000:.0f} KB, median of {a.runs}: {c:.1f} ms CPU, {w:.1f} ms wall (budget 20 ms)')
        line.append(f'{size / 1000:.0f} KB page {c:.1f} ms CPU {w:.1f} ms wall')
    print('bench: ' + ' | '.join(line))


if __name__ == '__main__':
    main()
