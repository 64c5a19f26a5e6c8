def log = new File(basedir, 'build.log').text
assert log.contains('[PASSED] score >= 30%: actual 38.24% -> PASSED')
assert log.contains('[PASSED] PWAgePolicyNew >= 100%: actual 100% (Completed) -> PASSED')
assert log.contains('BUILD FAILURE')
assert log.contains('Identity Secure Score gate failed: AdminMFAV2 >= 100%: actual 66.67% (To address) -> FAILED')
true
