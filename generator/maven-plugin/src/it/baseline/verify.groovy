def log = new File(basedir, 'build.log').text
assert log.contains('1 known finding not reported')
assert log.contains('gone since the baseline: src/main/cxspec/gone.cxspec: Value Old is delivered by no touchpoint.')
assert log.contains('No problems in 1 file.')
assert new File(basedir, 'target/cxspec/cxspec.sarif').text.contains('"results": []')
