# Builds target\packaging\Unknot-VERSION.msi on Windows from target\unknot.jar: a jlink runtime
# and a per-user install (no administrator rights) with a Start menu entry. Unknot turns on start
# at login itself, through the per-user Run key, at its first start; `unknot autostart disable`
# turns it off for good. Needs a JDK 17+ with jpackage and the WiX Toolset 3 on PATH.
$ErrorActionPreference = "Stop"

$root = Resolve-Path "$PSScriptRoot\..\.."
$here = "$root\packaging\windows"
$jar = "$root\target\unknot.jar"
$out = "$root\target\packaging"
if (-not (Test-Path $jar)) {
  Write-Error "build-msi: $jar is missing; run mvn -B -q package -DskipTests first"
}
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
  Write-Error "build-msi: the WiX Toolset 3 (candle.exe, light.exe) is not on PATH"
}
[xml]$pom = Get-Content "$root\pom.xml"
$version = $pom.project.version -replace "-SNAPSHOT", ""

if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input" | Out-Null
Copy-Item $jar "$out\input\"
$modules = & jdeps --multi-release 17 --ignore-missing-deps --print-module-deps $jar
& jlink --add-modules "$modules,jdk.localedata" --include-locales=en,de,fr,es,pt,it `
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$out\runtime"
if ($LASTEXITCODE -ne 0) { Write-Error "build-msi: jlink failed" }

$options = (Get-Content "$root\packaging\jvm-options" -Raw).Trim()
& jpackage --type msi --dest $out `
  --name Unknot --app-version $version --vendor "Unknot developers" `
  --description "Posture micro-breaks against muscle knots" `
  --input "$out\input" --main-jar unknot.jar --main-class dev.unknot.launcher.Main `
  --runtime-image "$out\runtime" --java-options $options `
  --add-launcher "unknot-cli=$here\unknot-cli.properties" `
  --icon "$here\unknot.ico" `
  --win-per-user-install --install-dir "Programs\Unknot" --win-menu --win-menu-group Unknot `
  --win-upgrade-uuid 6f1d1b2e-8a53-4c55-9d6e-3c1f0f6b7a21
if ($LASTEXITCODE -ne 0) { Write-Error "build-msi: jpackage failed" }
Get-ChildItem "$out\*.msi"
