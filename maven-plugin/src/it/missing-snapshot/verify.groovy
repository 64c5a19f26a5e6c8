def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains(new File(basedir, 'no-such-snapshot.json').path + ': no such file')
true
