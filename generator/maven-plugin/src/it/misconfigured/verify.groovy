def log = new File(basedir, 'build.log').text
assert log.contains("cxspec: unknown failOn 'loud': use error, warning, info or never")
assert log.contains("bad.yaml:2:3: unknown rule 'value-not-deliverd' (did you mean 'value-not-delivered'?)")
assert log.contains("pom.xml") && log.contains("not a cxspec baseline")
assert !new File(basedir, 'target/cxspec/cxspec.sarif').exists()   // nothing written
assert log.contains("cxspec: unknown language 'fr': use en or nl")
