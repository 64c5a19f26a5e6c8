def log = new File(basedir, 'build.log').text
assert log.contains('Verdict: FAIL')
assert log.contains('BUILD FAILURE')
assert log.contains('Identity Secure Score gate failed: score >= 50%: actual 38.24% -> FAILED')
// a violated gate is a build failure, not an error: no stack trace in the log
assert !log.contains('MojoExecutionException')
assert !log.contains('\tat io.github.securescore')
true
