def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] Identity Secure Score gate violated (UNSTABLE): AdminMFAV2 >= 100%: actual 66.67% (To address) -> UNSTABLE')
assert log.contains('Verdict: UNSTABLE')
assert log.contains('BUILD SUCCESS')
true
