def log = new File(basedir, 'build.log').text
assert log.contains('gate score >= 30%: actual 38.24% -> PASSED')
assert log.contains('gate PWAgePolicyNew >= 100%: actual 100% (Completed) -> PASSED')
assert log.contains('BUILD FAILURE')
assert log.contains('Identity Secure Score gate failed: AdminMFAV2 >= 100%: actual 66.67% (To address) -> FAILED')
true
