def log = new File(basedir, 'build.log').text
def policy = new File(basedir, 'policy.yml').path
assert log.contains('BUILD FAILURE')
assert log.contains(policy + " (line 5, column 5, controls.AdminMFAV2.minPercnt): unknown key 'minPercnt'; expected one of criticality, minPercent")
// bad input is reported, not dumped: no stack trace without -e
assert !log.contains('\tat io.github.securescore')
assert !log.contains('InvalidInputException')
true
