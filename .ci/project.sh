# Shared by the CI scripts (sourced, not run): the published library modules and the version a POM
# declares, so that the scripts cannot disagree about either.

# The library modules published to Maven Central (besides the parent POM and crmkit-bom).
libraries=(core segmentation recovery rewards io testkit)

# The version of the project whose parent POM is $1 (default: ./pom.xml).
project_version() {
  sed -n 's:^  <version>\(.*\)</version>$:\1:p' "${1:-pom.xml}" | head -n 1
}
