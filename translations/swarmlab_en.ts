<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="237"/>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="312"/>
        <source>libcurl could not be initialised</source>
        <translation>libcurl could not be initialised</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="278"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="280"/>
        <source>no answer within %1 ms (%2)</source>
        <translation>no answer within %1 ms (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="281"/>
        <source>answer larger than %1 bytes</source>
        <translation>answer larger than %1 bytes</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="283"/>
        <source>%1: the engine&apos;s certificate is not trusted by %2/ca.pem, or does not name this host (%3)</source>
        <translation>%1: the engine&apos;s certificate is not trusted by %2/ca.pem, or does not name this host (%3)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="288"/>
        <source>%1: cannot use the certificates in %2 (%3)</source>
        <translation>%1: cannot use the certificates in %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="294"/>
        <source>%1: the TLS handshake failed; does the engine accept the client certificate %2/cert.pem? (%3)</source>
        <translation>%1: the TLS handshake failed; does the engine accept the client certificate %2/cert.pem? (%3)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="299"/>
        <source>cannot connect to %1: %2 (is the Docker Engine running? may this user open the socket?)</source>
        <translation>cannot connect to %1: %2 (is the Docker Engine running? may this user open the socket?)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="333"/>
        <source>stream failed</source>
        <translation>stream failed</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="343"/>
        <source>GET /_ping: HTTP %1: %2</source>
        <translation>GET /_ping: HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="345"/>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="348"/>
        <source>GET /version: %1</source>
        <translation>GET /version: %1</translation>
    </message>
    <message>
        <location filename="../app/core/measure/RunJournal.cpp" line="99"/>
        <source>%1: expected a run folder, got no folder</source>
        <translation>%1: expected a run folder, got no folder</translation>
    </message>
    <message>
        <location filename="../app/core/measure/RunJournal.cpp" line="110"/>
        <source>%1: expected a run folder: %2 (a run being recorded or interrupted) or metrics.csv and events.csv (a finished run), found neither</source>
        <translation>%1: expected a run folder: %2 (a run being recorded or interrupted) or metrics.csv and events.csv (a finished run), found neither</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="210"/>
        <source>swarmlab console: orchestration lab for containerized IIoT microservices</source>
        <translation>swarmlab console: orchestration lab for containerized IIoT microservices</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="215"/>
        <source>Lab file to open (default: the shipped paper-2017 lab).</source>
        <translation>Lab file to open (default: the shipped paper-2017 lab).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="219"/>
        <source>Redis URL to use instead of the embedded lab&apos;s own redis-server.</source>
        <translation>Redis URL to use instead of the embedded lab&apos;s own redis-server.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="223"/>
        <source>The password of that Redis: the first line of FILE (never on the command line).</source>
        <translation>The password of that Redis: the first line of FILE (never on the command line).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="229"/>
        <source>Use the Docker Swarm at this endpoint (unix:///… or tcp://host:port).</source>
        <translation>Use the Docker Swarm at this endpoint (unix:///… or tcp://host:port).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="233"/>
        <source>Language: en or pt (default: the system&apos;s).</source>
        <translation>Language: en or pt (default: the system&apos;s).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="236"/>
        <source>Start the embedded lab offscreen, run the paper scenario by drag and drop, save the window as PNG and exit.</source>
        <translation>Start the embedded lab offscreen, run the paper scenario by drag and drop, save the window as PNG and exit.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="242"/>
        <source>How long the scenario runs before the screenshot (default 16).</source>
        <translation>How long the scenario runs before the screenshot (default 16).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="246"/>
        <source>Ignore saved settings (start as on a first run).</source>
        <translation>Ignore saved settings (start as on a first run).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="249"/>
        <source>Print when the window was first drawn, then exit.</source>
        <translation>Print when the window was first drawn, then exit.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="252"/>
        <source>Compare two run folders (give the option twice): their charts overlaid and their summaries side by side; no lab is started. With --screenshot, saves that window as PNG and exits.</source>
        <translation>Compare two run folders (give the option twice): their charts overlaid and their summaries side by side; no lab is started. With --screenshot, saves that window as PNG and exits.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="164"/>
        <source>--compare: expected two run folders, got %1</source>
        <translation>--compare: expected two run folders, got %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="169"/>
        <source>--screenshot-seconds: expected a positive number, got &apos;%1&apos;</source>
        <translation>--screenshot-seconds: expected a positive number, got &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="179"/>
        <source>The window&apos;s size for --screenshot, in logical pixels (default 1680x1000; 1600x1000 with --compare).</source>
        <translation>The window&apos;s size for --screenshot, in logical pixels (default 1680x1000; 1600x1000 with --compare).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="194"/>
        <source>--screenshot-size: expected WIDTHxHEIGHT such as 1366x768, got &apos;%1&apos;</source>
        <translation>--screenshot-size: expected WIDTHxHEIGHT such as 1366x768, got &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="374"/>
        <source>The lab could not be opened</source>
        <translation>The lab could not be opened</translation>
    </message>
</context>
<context>
    <name>swarmlab</name>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="13"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="15"/>
        <source>Mediation</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="17"/>
        <source>Sensing</source>
        <translation>Sensing</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="19"/>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="27"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="29"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="31"/>
        <source>Drain</source>
        <translation>Drain</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="33"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="41"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="43"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="28"/>
        <source>starting</source>
        <translation>starting</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="45"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="30"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="47"/>
        <location filename="../app/gui/GuiText.cpp" line="111"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="34"/>
        <source>stopping</source>
        <translation>stopping</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="49"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="36"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="51"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="38"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="53"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="61"/>
        <source>deploy</source>
        <translation>deploy</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="63"/>
        <source>migrate</source>
        <translation>migrate</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="65"/>
        <source>restart</source>
        <translation>restart</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="67"/>
        <source>stop</source>
        <translation>stop</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="69"/>
        <source>scale</source>
        <translation>scale</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="71"/>
        <source>node down</source>
        <translation>node down</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="73"/>
        <source>node up</source>
        <translation>node up</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="75"/>
        <source>assign</source>
        <translation>assign</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="83"/>
        <source>deployed in %1 ms</source>
        <translation>deployed in %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="85"/>
        <source>migrated in %1 ms</source>
        <translation>migrated in %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="87"/>
        <source>restarted in %1 ms</source>
        <translation>restarted in %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="89"/>
        <source>stopped in %1 ms</source>
        <translation>stopped in %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="91"/>
        <source>scaled in %1 ms</source>
        <translation>scaled in %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="93"/>
        <source>node down in %1 ms</source>
        <translation>node down in %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="95"/>
        <source>node up in %1 ms</source>
        <translation>node up in %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="97"/>
        <source>assigned in %1 ms</source>
        <translation>assigned in %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="105"/>
        <source>deploying</source>
        <translation>deploying</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="107"/>
        <source>migrating</source>
        <translation>migrating</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="109"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="32"/>
        <source>restarting</source>
        <translation>restarting</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="113"/>
        <source>scaling</source>
        <translation>scaling</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="115"/>
        <source>powering off</source>
        <translation>powering off</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="117"/>
        <source>powering on</source>
        <translation>powering on</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="119"/>
        <source>assigning</source>
        <translation>assigning</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="128"/>
        <source>Tray</source>
        <translation>Tray</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="138"/>
        <source>manager, cloud side</source>
        <translation>manager, cloud side</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="141"/>
        <source>gateways, storage</source>
        <translation>gateways, storage</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="144"/>
        <source>end devices, displays</source>
        <translation>end devices, displays</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="147"/>
        <source>nodes without a swarmlab.layer label</source>
        <translation>nodes without a swarmlab.layer label</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="162"/>
        <source>Drop to put %1 in the %2 layer</source>
        <translation>Drop to put %1 in the %2 layer</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="293"/>
        <source>Redis down</source>
        <translation>Redis down</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="295"/>
        <source>no machine</source>
        <translation>no machine</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="314"/>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="339"/>
        <source>Drop to make %1 host %2</source>
        <translation>Drop to make %1 host %2</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="344"/>
        <source>Drop to deploy %1 on %2</source>
        <translation>Drop to deploy %1 on %2</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="345"/>
        <source>Drop to migrate %1 to %2</source>
        <translation>Drop to migrate %1 to %2</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="419"/>
        <source>%1 upd/s</source>
        <translation>%1 upd/s</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="420"/>
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="477"/>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="40"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="42"/>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../app/core/orchestrator/BackendFactory.cpp" line="46"/>
        <source>the Docker Swarm backend could not be built</source>
        <translation>the Docker Swarm backend could not be built</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="51"/>
        <source>usage: swarmlab-cli swarm status
       swarmlab-cli swarm init [--heartbeat DURATION] [--advertise-addr ADDR]
       swarmlab-cli swarm leave
       swarmlab-cli swarm join-command   (the command a new worker runs to join)
       swarmlab-cli swarm label NODE [--name LABNAME] [--layer enterprise|mediation|sensing]
                                [--also LABNAME,...]   (further lab nodes this node hosts)
                                [--caps CAPABILITY,...] (what failover services may need)
  An empty value (--name &apos;&apos;) removes the label; --caps replaces every swarmlab.cap.*.
  --heartbeat: the dispatcher heartbeat (default 1s; Swarm&apos;s own default is 5s).
  DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH choose the engine; TLS verifies the
  engine against ca.pem unless --tls-insecure is given (any command).
</source>
        <translation>usage: swarmlab-cli swarm status
       swarmlab-cli swarm init [--heartbeat DURATION] [--advertise-addr ADDR]
       swarmlab-cli swarm leave
       swarmlab-cli swarm join-command   (the command a new worker runs to join)
       swarmlab-cli swarm label NODE [--name LABNAME] [--layer enterprise|mediation|sensing]
                                [--also LABNAME,...]   (further lab nodes this node hosts)
                                [--caps CAPABILITY,...] (what failover services may need)
  An empty value (--name &apos;&apos;) removes the label; --caps replaces every swarmlab.cap.*.
  --heartbeat: the dispatcher heartbeat (default 1s; Swarm&apos;s own default is 5s).
  DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH choose the engine; TLS verifies the
  engine against ca.pem unless --tls-insecure is given (any command).
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="348"/>
        <source>swarmlab-cli swarm: unknown command %1
</source>
        <translation>swarmlab-cli swarm: unknown command %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="360"/>
        <source>swarmlab-cli swarm: warning: %1
</source>
        <translation>swarmlab-cli swarm: warning: %1
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/CommandTracker.cpp" line="55"/>
        <source>engine not answering (%1)</source>
        <translation>engine not answering (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="79"/>
        <source>%1 missing: the CA that verifies the engine (TLS without verification only when asked for: swarmlab-cli --tls-insecure, or the console&apos;s Settings)</source>
        <translation>%1 missing: the CA that verifies the engine (TLS without verification only when asked for: swarmlab-cli --tls-insecure, or the console&apos;s Settings)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="83"/>
        <source>%1 missing: the client certificate for TLS</source>
        <translation>%1 missing: the client certificate for TLS</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="95"/>
        <source>%1 %2: expected tcp://HOST:PORT</source>
        <translation>%1 %2: expected tcp://HOST:PORT</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="47"/>
        <source>%1.%2: expected an object, found %3</source>
        <translation>%1.%2: expected an object, found %3</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="60"/>
        <source>%1.%2: expected an array, found %3</source>
        <translation>%1.%2: expected an array, found %3</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="372"/>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="389"/>
        <source>node Spec: expected an object, found %1</source>
        <translation>node Spec: expected an object, found %1</translation>
    </message>
    <message>
        <location filename="../app/core/model/LabTrust.cpp" line="78"/>
        <source>environment %1=%2</source>
        <translation>environment %1=%2</translation>
    </message>
    <message>
        <location filename="../app/core/model/LabTrust.cpp" line="86"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/model/LabTrust.cpp" line="95"/>
        <source>template &quot;%1&quot;: %2</source>
        <translation>template &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="37"/>
        <source>usage: swarmlab-cli images start [--addr IP] [--port PORT]
       swarmlab-cli images push [--arch amd64|arm64|all] [--tag TAG] [--no-build]
       swarmlab-cli images status|address|ca|stop [--purge]
  start: the lab registry as the Swarm service swarmlab-registry on this manager
  push:  builds the lab images and pushes them, one multi-arch name each
  then:  swarmlab-cli run ... --backend swarm --registry $(swarmlab-cli images address)
</source>
        <translation>usage: swarmlab-cli images start [--addr IP] [--port PORT]
       swarmlab-cli images push [--arch amd64|arm64|all] [--tag TAG] [--no-build]
       swarmlab-cli images status|address|ca|stop [--purge]
  start: the lab registry as the Swarm service swarmlab-registry on this manager
  push:  builds the lab images and pushes them, one multi-arch name each
  then:  swarmlab-cli run ... --backend swarm --registry $(swarmlab-cli images address)
</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="50"/>
        <source>swarmlab-cli images: lab-registry.sh not found (looked at %1)</source>
        <translation>swarmlab-cli images: lab-registry.sh not found (looked at %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="61"/>
        <source>swarmlab-cli images: cannot run bash %1: %2</source>
        <translation>swarmlab-cli images: cannot run bash %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/model/LabFileEdit.cpp" line="35"/>
        <source>name: expected 1-63 letters, digits, &apos;_&apos; or &apos;-&apos;, got &quot;%1&quot;</source>
        <translation>name: expected 1-63 letters, digits, &apos;_&apos; or &apos;-&apos;, got &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/model/LabFileEdit.cpp" line="40"/>
        <source>name: expected a name no node of lab %1 has, got &quot;%2&quot;</source>
        <translation>name: expected a name no node of lab %1 has, got &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/model/LabFileEdit.cpp" line="54"/>
        <source>expected a file of at most %1 bytes, got %2 bytes</source>
        <translation>expected a file of at most %1 bytes, got %2 bytes</translation>
    </message>
    <message>
        <location filename="../app/core/model/LabFileEdit.cpp" line="57"/>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <location filename="../app/core/model/LabFileEdit.cpp" line="68"/>
        <source>$.nodes: expected an array</source>
        <translation>$.nodes: expected an array</translation>
    </message>
    <message>
        <location filename="../app/core/model/LabFileEdit.cpp" line="78"/>
        <source>cannot write: %1</source>
        <translation>cannot write: %1</translation>
    </message>
</context>
<context>
    <name>swarmlab::AddDeviceDialog</name>
    <message>
        <location filename="../app/gui/panels/AddDeviceDialog.cpp" line="33"/>
        <source>Add %1 as a new device</source>
        <translation>Add %1 as a new device</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AddDeviceDialog.cpp" line="43"/>
        <source>display, redis, … (comma-separated)</source>
        <translation>display, redis, … (comma-separated)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AddDeviceDialog.cpp" line="44"/>
        <source>Lab &amp;name:</source>
        <translation>Lab &amp;name:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AddDeviceDialog.cpp" line="45"/>
        <source>&amp;Layer:</source>
        <translation>&amp;Layer:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AddDeviceDialog.cpp" line="46"/>
        <source>&amp;Architecture:</source>
        <translation>&amp;Architecture:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AddDeviceDialog.cpp" line="47"/>
        <source>&amp;Capabilities:</source>
        <translation>&amp;Capabilities:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AddDeviceDialog.cpp" line="48"/>
        <source>The machine %1 becomes a node of the lab %2: the node is added to the lab file %3 and the machine is labelled to host it.</source>
        <translation>The machine %1 becomes a node of the lab %2: the node is added to the lab file %3 and the machine is labelled to host it.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AddDeviceDialog.cpp" line="57"/>
        <source>&amp;Add to the lab</source>
        <translation>&amp;Add to the lab</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AddDeviceDialog.cpp" line="87"/>
        <source>capabilities: expected names of 1-63 letters, digits, &apos;_&apos; or &apos;-&apos;, got &quot;%1&quot;</source>
        <translation>capabilities: expected names of 1-63 letters, digits, &apos;_&apos; or &apos;-&apos;, got &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>swarmlab::AppSettings</name>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="95"/>
        <source>&apos;%1&apos; has no socket path</source>
        <translation>&apos;%1&apos; has no socket path</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="104"/>
        <source>&apos;%1&apos; has no host</source>
        <translation>&apos;%1&apos; has no host</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="82"/>
        <source>Redis URL not usable: %1</source>
        <translation>Redis URL not usable: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="89"/>
        <source>&apos;%1&apos; is not an endpoint; expected unix:///var/run/docker.sock or tcp://host:2376</source>
        <translation>&apos;%1&apos; is not an endpoint; expected unix:///var/run/docker.sock or tcp://host:2376</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="100"/>
        <source>&apos;%1&apos; has scheme &apos;%2&apos;; expected unix:// or tcp://</source>
        <translation>&apos;%1&apos; has scheme &apos;%2&apos;; expected unix:// or tcp://</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="106"/>
        <source>&apos;%1&apos; needs a port between 1 and 65535 (2375 plain, 2376 TLS)</source>
        <translation>&apos;%1&apos; needs a port between 1 and 65535 (2375 plain, 2376 TLS)</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="123"/>
        <source>Lab registry: %1</source>
        <translation>Lab registry: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="129"/>
        <source>Docker endpoint: %1</source>
        <translation>Docker endpoint: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="133"/>
        <source>TLS certificates: a folder with ca.pem, cert.pem and key.pem is needed for TLS</source>
        <translation>TLS certificates: a folder with ca.pem, cert.pem and key.pem is needed for TLS</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="137"/>
        <source>TLS certificates: &apos;%1&apos; is not a folder</source>
        <translation>TLS certificates: &apos;%1&apos; is not a folder</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="145"/>
        <source>TLS certificates: %1 is missing or unreadable</source>
        <translation>TLS certificates: %1 is missing or unreadable</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="155"/>
        <source>Redis URL: %1</source>
        <translation>Redis URL: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="160"/>
        <source>Lab file: &apos;%1&apos; does not exist</source>
        <translation>Lab file: &apos;%1&apos; does not exist</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="164"/>
        <source>Lab file: &apos;%1&apos; cannot be read</source>
        <translation>Lab file: &apos;%1&apos; cannot be read</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="169"/>
        <source>Chart window: %1 s; expected 30 to 600 s</source>
        <translation>Chart window: %1 s; expected 30 to 600 s</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="173"/>
        <source>Language: &apos;%1&apos;; expected en, pt or empty (system)</source>
        <translation>Language: &apos;%1&apos;; expected en, pt or empty (system)</translation>
    </message>
</context>
<context>
    <name>swarmlab::ChartPanel</name>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="139"/>
        <source>lab time (s)</source>
        <translation>lab time (s)</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="137"/>
        <source>Publish and display update rate (Fig. 3)</source>
        <translation>Publish and display update rate (Fig. 3)</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="140"/>
        <source>per second</source>
        <translation>per second</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="138"/>
        <source>Display lag (Fig. 4)</source>
        <translation>Display lag (Fig. 4)</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="141"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="142"/>
        <source>Rates chart</source>
        <translation>Rates chart</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="143"/>
        <source>Lag chart</source>
        <translation>Lag chart</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="144"/>
        <source>Chart series</source>
        <translation>Chart series</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="146"/>
        <source>Click a series to show or hide it; open a summary to drill down to single instances</source>
        <translation>Click a series to show or hide it; open a summary to drill down to single instances</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="150"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="150"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="152"/>
        <source>Time window shown by the charts</source>
        <translation>Time window shown by the charts</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="154"/>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="211"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="155"/>
        <source>Freeze the charts; data keeps being recorded</source>
        <translation>Freeze the charts; data keeps being recorded</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="153"/>
        <source>&amp;Window:</source>
        <translation>&amp;Window:</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="154"/>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="211"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="156"/>
        <source>&amp;Series</source>
        <translation>&amp;Series</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="157"/>
        <source>Show or hide the list of series beside the charts</source>
        <translation>Show or hide the list of series beside the charts</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="163"/>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="329"/>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="182"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="185"/>
        <source>publish/s total</source>
        <translation>publish/s total</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="186"/>
        <source>updates/s min</source>
        <translation>updates/s min</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="187"/>
        <source>updates/s mean</source>
        <translation>updates/s mean</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="188"/>
        <source>lag p99 worst</source>
        <translation>lag p99 worst</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="192"/>
        <source>%1 publish/s</source>
        <translation>%1 publish/s</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="193"/>
        <source>%1 updates/s</source>
        <translation>%1 updates/s</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="450"/>
        <source>t = %1 s</source>
        <translation>t = %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="459"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="461"/>
        <source>%1: no data</source>
        <translation>%1: no data</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="579"/>
        <source>%1 of %2 series shown, tick %3 ms</source>
        <translation>%1 of %2 series shown, tick %3 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="590"/>
        <source>swarmlab charts</source>
        <translation>swarmlab charts</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="591"/>
        <source>%1: cannot write the image file</source>
        <translation>%1: cannot write the image file</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="190"/>
        <source>%1 lag p50</source>
        <translation>%1 lag p50</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="191"/>
        <source>%1 lag p99</source>
        <translation>%1 lag p99</translation>
    </message>
</context>
<context>
    <name>swarmlab::CommandTracker</name>
    <message>
        <location filename="../app/core/swarm/CommandTracker.cpp" line="104"/>
        <source>nothing came back for %1 s</source>
        <translation>nothing came back for %1 s</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/CommandTracker.cpp" line="105"/>
        <source>not converged after %1 s</source>
        <translation>not converged after %1 s</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/CommandTracker.cpp" line="107"/>
        <source>no answer to the request within %1 s</source>
        <translation>no answer to the request within %1 s</translation>
    </message>
</context>
<context>
    <name>swarmlab::ComparisonCharts</name>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="135"/>
        <source>%1 publish/s</source>
        <translation>%1 publish/s</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="136"/>
        <source>%1 updates/s</source>
        <translation>%1 updates/s</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="137"/>
        <source>%1 lag p50 (ms)</source>
        <translation>%1 lag p50 (ms)</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="138"/>
        <source>%1 lag p99 (ms)</source>
        <translation>%1 lag p99 (ms)</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="142"/>
        <source>t = %1 s</source>
        <translation>t = %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="147"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="153"/>
        <source>swarmlab: two runs compared</source>
        <translation>swarmlab: two runs compared</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="157"/>
        <source>Fig. 3: publishes and display updates per second</source>
        <translation>Fig. 3: publishes and display updates per second</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="158"/>
        <source>Fig. 4: display lag</source>
        <translation>Fig. 4: display lag</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="159"/>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="160"/>
        <source>seconds since the run&apos;s start</source>
        <translation>seconds since the run&apos;s start</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="161"/>
        <source>per second</source>
        <translation>per second</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="162"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>swarmlab::DisplayMirrorPanel</name>
    <message>
        <location filename="../app/gui/panels/SevenSegmentWidget.cpp" line="114"/>
        <source>No subscriber is running: deploy one on an end device to see its displays here.</source>
        <translation>No subscriber is running: deploy one on an end device to see its displays here.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SevenSegmentWidget.cpp" line="116"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; on %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::DockerEndpoint</name>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="122"/>
        <source>Docker host</source>
        <translation>Docker host</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="132"/>
        <source>%1 %2: no socket path after unix://</source>
        <translation>%1 %2: no socket path after unix://</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="140"/>
        <source>%1 %2: expected unix:///path or tcp://HOST:PORT</source>
        <translation>%1 %2: expected unix:///path or tcp://HOST:PORT</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="154"/>
        <source>TLS to %1 without verifying the engine&apos;s certificate: anyone on the way can pose as the engine</source>
        <translation>TLS to %1 without verifying the engine&apos;s certificate: anyone on the way can pose as the engine</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="158"/>
        <source>plain tcp:// to %1: anyone on the network can read and drive this Docker Engine; use TLS (DOCKER_TLS_VERIFY=1 and certificates in DOCKER_CERT_PATH)</source>
        <translation>plain tcp:// to %1: anyone on the network can read and drive this Docker Engine; use TLS (DOCKER_TLS_VERIFY=1 and certificates in DOCKER_CERT_PATH)</translation>
    </message>
</context>
<context>
    <name>swarmlab::DockerEventStream</name>
    <message>
        <location filename="../app/core/swarm/DockerEventStream.cpp" line="101"/>
        <source>the engine closed the event stream</source>
        <translation>the engine closed the event stream</translation>
    </message>
</context>
<context>
    <name>swarmlab::ExperimentRunner</name>
    <message>
        <location filename="../app/core/measure/ExperimentRunner.cpp" line="91"/>
        <source>step %1: no service template &quot;%2&quot; in lab &quot;%3&quot;</source>
        <translation>step %1: no service template &quot;%2&quot; in lab &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>swarmlab::ExperimentsPanel</name>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="90"/>
        <source>Experiment timeline</source>
        <translation>Experiment timeline</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="91"/>
        <source>&amp;Timeline…</source>
        <translation>&amp;Timeline…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="92"/>
        <source>Open another timeline file</source>
        <translation>Open another timeline file</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="93"/>
        <source>time ×</source>
        <translation>time ×</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="94"/>
        <source>Duration scale: every step time and the duration are multiplied by it</source>
        <translation>Duration scale: every step time and the duration are multiplied by it</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="95"/>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="96"/>
        <source>St&amp;op</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="97"/>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="98"/>
        <source>Charts as &amp;PNG…</source>
        <translation>Charts as &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="99"/>
        <source>Open &amp;run folder…</source>
        <translation>Open &amp;run folder…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="100"/>
        <source>%v / %m s</source>
        <translation>%v / %m s</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="169"/>
        <source>Open a run folder (its journal, or metrics.csv and events.csv)</source>
        <translation>Open a run folder (its journal, or metrics.csv and events.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="86"/>
        <source>Choose a timeline and press Run.</source>
        <translation>Choose a timeline and press Run.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="101"/>
        <source>at (s)</source>
        <translation>at (s)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="101"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="101"/>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="101"/>
        <source>node</source>
        <translation>node</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="101"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="102"/>
        <source>Timeline steps</source>
        <translation>Timeline steps</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="104"/>
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="104"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="104"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="104"/>
        <source>detail</source>
        <translation>detail</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="104"/>
        <source>paper 2017 (ratio)</source>
        <translation>paper 2017 (ratio)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="105"/>
        <source>Run summary</source>
        <translation>Run summary</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="150"/>
        <source>Open timeline</source>
        <translation>Open timeline</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="151"/>
        <source>Timelines (*.json)</source>
        <translation>Timelines (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="161"/>
        <source>Export the run&apos;s CSV files to</source>
        <translation>Export the run&apos;s CSV files to</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="164"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="172"/>
        <source>Open run</source>
        <translation>Open run</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="237"/>
        <source>The lab is not ready yet.</source>
        <translation>The lab is not ready yet.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="244"/>
        <source>%1 cannot run:
%2</source>
        <translation>%1 cannot run:
%2</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="245"/>
        <source>timeline %1 rejected: %2</source>
        <translation>timeline %1 rejected: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="251"/>
        <source>Run this timeline?</source>
        <translation>Run this timeline?</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="252"/>
        <source>The timeline %1 names the lab file %2, outside the timeline&apos;s own folder.

The console runs it on the open lab (%3) and does not load that file; the command line would refuse it without --allow-outside-lab. Run the timeline?</source>
        <translation>The timeline %1 names the lab file %2, outside the timeline&apos;s own folder.

The console runs it on the open lab (%3) and does not load that file; the command line would refuse it without --allow-outside-lab. Run the timeline?</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="256"/>
        <source>timeline %1 not run: its lab %2 lies outside its folder</source>
        <translation>timeline %1 not run: its lab %2 lies outside its folder</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="266"/>
        <source>Run cancelled: the services running were left as they are.</source>
        <translation>Run cancelled: the services running were left as they are.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="274"/>
        <source>Run experiment</source>
        <translation>Run experiment</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="275"/>
        <source>Stop %n running service(s) and start from a clean lab?</source>
        <translation>
            <numerusform>Stop %n running service and start from a clean lab?</numerusform>
            <numerusform>Stop %n running services and start from a clean lab?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="278"/>
        <source>An experiment deploys its own services; %1 are running now.</source>
        <translation>An experiment deploys its own services; %1 are running now.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="280"/>
        <source>Stop them and &amp;run</source>
        <translation>Stop them and &amp;run</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="288"/>
        <source>Stopping %n service(s) before the run…</source>
        <translation>
            <numerusform>Stopping %n service before the run…</numerusform>
            <numerusform>Stopping %n services before the run…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="307"/>
        <source>The lab could not be cleared: %1</source>
        <translation>The lab could not be cleared: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="326"/>
        <source>the run is not journaled: %1</source>
        <translation>the run is not journaled: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="336"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="344"/>
        <source>Running %1: %2 of %3 s</source>
        <translation>Running %1: %2 of %3 s</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="352"/>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="355"/>
        <source>step %1 failed: %2</source>
        <translation>step %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="358"/>
        <source>Ending: stopping services and collecting the last metrics…</source>
        <translation>Ending: stopping services and collecting the last metrics…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="363"/>
        <source>experiment %1 started (time ×%2), journaled to %3</source>
        <translation>experiment %1 started (time ×%2), journaled to %3</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="413"/>
        <source>%1 (overlap)</source>
        <translation>%1 (overlap)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="436"/>
        <source>overlap: both the old and the new instance showed updates</source>
        <translation>overlap: both the old and the new instance showed updates</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="477"/>
        <source>Its files could not be rewritten: %1</source>
        <translation>Its files could not be rewritten: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="377"/>
        <source>fired (command %1)</source>
        <translation>fired (command %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="388"/>
        <source>Run stopped early; what was recorded is shown and can be exported.</source>
        <translation>Run stopped early; what was recorded is shown and can be exported.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="389"/>
        <source>Run finished: %1 metrics, %2 events recorded.</source>
        <translation>Run finished: %1 metrics, %2 events recorded.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="393"/>
        <source>experiment %1 %2</source>
        <translation>experiment %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="393"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="393"/>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="416"/>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="421"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="434"/>
        <source>better than the paper</source>
        <translation>better than the paper</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="445"/>
        <source>No run to export yet.</source>
        <translation>No run to export yet.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="454"/>
        <source>CSV written to %1 (metrics.csv, events.csv, summary.csv)</source>
        <translation>CSV written to %1 (metrics.csv, events.csv, summary.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="473"/>
        <source>Run read from %1: interrupted (it did not finish).</source>
        <translation>Run read from %1: interrupted (it did not finish).</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="474"/>
        <source>Run read from %1.</source>
        <translation>Run read from %1.</translation>
    </message>
</context>
<context>
    <name>swarmlab::LabController</name>
    <message>
        <location filename="../app/gui/LabController.cpp" line="48"/>
        <location filename="../app/gui/LabController.cpp" line="216"/>
        <source>Cannot %1: no backend is connected</source>
        <translation>Cannot %1: no backend is connected</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="69"/>
        <source>deploy %1 on %2</source>
        <translation>deploy %1 on %2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="81"/>
        <source>migrate %1 from %2 to %3 (%4)</source>
        <translation>migrate %1 from %2 to %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="88"/>
        <location filename="../app/gui/LabController.cpp" line="98"/>
        <location filename="../app/gui/LabController.cpp" line="108"/>
        <source>unknown service &apos;%1&apos;</source>
        <translation>unknown service &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="92"/>
        <source>restart %1</source>
        <translation>restart %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="102"/>
        <source>stop %1</source>
        <translation>stop %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="112"/>
        <source>replicas must be 0 or more, not %1</source>
        <translation>replicas must be 0 or more, not %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="116"/>
        <source>scale %1 to %2</source>
        <translation>scale %1 to %2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="122"/>
        <location filename="../app/gui/LabController.cpp" line="132"/>
        <location filename="../app/gui/LabController.cpp" line="143"/>
        <source>unknown node &apos;%1&apos;</source>
        <translation>unknown node &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="126"/>
        <location filename="../app/gui/LabController.cpp" line="136"/>
        <location filename="../app/gui/LabController.cpp" line="178"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="148"/>
        <source>%1&apos;s layer comes from the lab file on this backend</source>
        <translation>%1&apos;s layer comes from the lab file on this backend</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="151"/>
        <source>%1: %2 to the %3 layer</source>
        <translation>%1: %2 to the %3 layer</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="163"/>
        <source>%1 to host %2</source>
        <translation>%1 to host %2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="172"/>
        <source>unknown machine &apos;%1&apos;</source>
        <translation>unknown machine &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="174"/>
        <source>on this backend every lab node runs where the lab file puts it</source>
        <translation>on this backend every lab node runs where the lab file puts it</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="176"/>
        <source>the lab was not opened from a file: there is no file to add %1 to</source>
        <translation>the lab was not opened from a file: there is no file to add %1 to</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="184"/>
        <source>%1 is a lab shipped with swarmlab: copy it to a folder of your own, open the copy (Settings, lab file) and add %2 there</source>
        <translation>%1 is a lab shipped with swarmlab: copy it to a folder of your own, open the copy (Settings, lab file) and add %2 there</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="192"/>
        <source>adding %1 to %2</source>
        <translation>adding %1 to %2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="211"/>
        <source>%1: node %2 added</source>
        <translation>%1: node %2 added</translation>
    </message>
</context>
<context>
    <name>swarmlab::LabSession</name>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="49"/>
        <source>No lab file: the shipped resources were not found (set SWARMLAB_RESOURCES_DIR or choose a lab file in Settings)</source>
        <translation>No lab file: the shipped resources were not found (set SWARMLAB_RESOURCES_DIR or choose a lab file in Settings)</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="66"/>
        <source>SWARMLAB_REGISTRY: %1</source>
        <translation>SWARMLAB_REGISTRY: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="66"/>
        <source>Lab registry: %1</source>
        <translation>Lab registry: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="135"/>
        <source>Docker Swarm at %1</source>
        <translation>Docker Swarm at %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="136"/>
        <source>DOCKER_HOST / local socket</source>
        <translation>DOCKER_HOST / local socket</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="138"/>
        <source>embedded lab</source>
        <translation>embedded lab</translation>
    </message>
</context>
<context>
    <name>swarmlab::LocalOrchestrator</name>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="91"/>
        <source>start redis-server</source>
        <translation>start redis-server</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="98"/>
        <source>cannot create a private temporary folder</source>
        <translation>cannot create a private temporary folder</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="134"/>
        <source>the lab&apos;s redis-server %1</source>
        <translation>the lab&apos;s redis-server %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="144"/>
        <source>; restarting by policy</source>
        <translation>; restarting by policy</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="179"/>
        <source>read events</source>
        <translation>read events</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="189"/>
        <source>powered off</source>
        <translation>powered off</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="271"/>
        <source>the lab&apos;s Redis at %1</source>
        <translation>the lab&apos;s Redis at %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="369"/>
        <source>the embedded lab is not started</source>
        <translation>the embedded lab is not started</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="371"/>
        <source>a service named &quot;%1&quot; exists</source>
        <translation>a service named &quot;%1&quot; exists</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="455"/>
        <source>node %1 is down</source>
        <translation>node %1 is down</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="388"/>
        <source>could not start</source>
        <translation>could not start</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="397"/>
        <source>service was removed meanwhile</source>
        <translation>service was removed meanwhile</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="403"/>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="414"/>
        <source>could not start the new instance</source>
        <translation>could not start the new instance</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="237"/>
        <source>no service &quot;%1&quot;</source>
        <translation>no service &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="481"/>
        <source>replicas must be 0..1000, got %1</source>
        <translation>replicas must be 0..1000, got %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="496"/>
        <source>could not start an instance</source>
        <translation>could not start an instance</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="504"/>
        <source>no node &quot;%1&quot; in the lab</source>
        <translation>no node &quot;%1&quot; in the lab</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalReplication.cpp" line="29"/>
        <source>start the replicated Redis</source>
        <translation>start the replicated Redis</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalReplication.cpp" line="33"/>
        <source>%1&apos;s Redis process %2</source>
        <translation>%1&apos;s Redis process %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::LogPanel</name>
    <message>
        <location filename="../app/gui/panels/LogPanel.cpp" line="18"/>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/LogPanel.cpp" line="19"/>
        <source>Service logs</source>
        <translation>Service logs</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/LogPanel.cpp" line="20"/>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
</context>
<context>
    <name>swarmlab::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="361"/>
        <source>swarmlab console</source>
        <translation>swarmlab console</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="373"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="71"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="83"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="256"/>
        <source>Backend: none</source>
        <translation>Backend: none</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="72"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="139"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="141"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="144"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="176"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="178"/>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="72"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="141"/>
        <source>not used</source>
        <translation>not used</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="73"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="142"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="163"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="165"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="220"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="222"/>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="73"/>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="376"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="74"/>
        <source>lab time —</source>
        <translation>lab time —</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="186"/>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="187"/>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="226"/>
        <source>lab time %1 UTC</source>
        <translation>lab time %1 UTC</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="367"/>
        <location filename="../app/gui/MainWindow.cpp" line="369"/>
        <source>Event log</source>
        <translation>Event log</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="362"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="317"/>
        <source>PNG images, 300 dpi (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG images, 300 dpi (*.png);;SVG drawings (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="352"/>
        <source>language: %1</source>
        <translation>language: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="363"/>
        <source>Displays</source>
        <translation>Displays</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="364"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="365"/>
        <source>Experiments</source>
        <translation>Experiments</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="366"/>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="368"/>
        <source>Service logs</source>
        <translation>Service logs</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="370"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="71"/>
        <source>&amp;Deploy on node…</source>
        <translation>&amp;Deploy on node…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="72"/>
        <source>Deploy a service template on the selected node</source>
        <translation>Deploy a service template on the selected node</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="73"/>
        <source>&amp;Migrate to…</source>
        <translation>&amp;Migrate to…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="74"/>
        <source>Move the selected service to another node</source>
        <translation>Move the selected service to another node</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="75"/>
        <source>&amp;Restart</source>
        <translation>&amp;Restart</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="76"/>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="77"/>
        <source>S&amp;cale…</source>
        <translation>S&amp;cale…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="78"/>
        <source>Show &amp;logs</source>
        <translation>Show &amp;logs</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="79"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="80"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="81"/>
        <source>&amp;Fit topology</source>
        <translation>&amp;Fit topology</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="82"/>
        <source>&amp;Pause charts</source>
        <translation>&amp;Pause charts</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="83"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="84"/>
        <source>Restart &amp;lab</source>
        <translation>Restart &amp;lab</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="85"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="87"/>
        <source>Save &amp;window as PNG…</source>
        <translation>Save &amp;window as PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="88"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="128"/>
        <source>Scale %1</source>
        <translation>Scale %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="128"/>
        <source>Replicas:</source>
        <translation>Replicas:</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="328"/>
        <source>Save window as PNG</source>
        <translation>Save window as PNG</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="328"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="333"/>
        <source>Save window</source>
        <translation>Save window</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="335"/>
        <source>window written to %1</source>
        <translation>window written to %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="91"/>
        <source>&amp;Lab</source>
        <translation>&amp;Lab</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="92"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="93"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="97"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="94"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="89"/>
        <source>&amp;About swarmlab</source>
        <translation>&amp;About swarmlab</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="185"/>
        <source>About swarmlab</source>
        <translation>About swarmlab</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="186"/>
        <source>&lt;b&gt;swarmlab %1&lt;/b&gt;&lt;p&gt;Orchestration lab for containerized IIoT microservices: deploy and migrate services by drag and drop, watch publish rate, display updates and lag live, replay the 2017 experiment.&lt;/p&gt;</source>
        <translation>&lt;b&gt;swarmlab %1&lt;/b&gt;&lt;p&gt;Orchestration lab for containerized IIoT microservices: deploy and migrate services by drag and drop, watch publish rate, display updates and lag live, replay the 2017 experiment.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="95"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="86"/>
        <source>Export charts as &amp;PNG or SVG…</source>
        <translation>Export charts as &amp;PNG or SVG…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="250"/>
        <source>&amp;Drain node</source>
        <translation>&amp;Drain node</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="250"/>
        <source>Node &amp;down (power off)</source>
        <translation>Node &amp;down (power off)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="251"/>
        <source>&amp;Activate node</source>
        <translation>&amp;Activate node</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="251"/>
        <source>Node &amp;up (power on)</source>
        <translation>Node &amp;up (power on)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="255"/>
        <source>Deploy on %1</source>
        <translation>Deploy on %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="259"/>
        <location filename="../app/gui/MainWindowActions.cpp" line="271"/>
        <location filename="../app/gui/MainWindowActions.cpp" line="284"/>
        <location filename="../app/gui/MainWindowActions.cpp" line="304"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="267"/>
        <source>Migrate %1 to</source>
        <translation>Migrate %1 to</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="283"/>
        <source>Deploy %1 on %2</source>
        <translation>Deploy %1 on %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="299"/>
        <source>&amp;Host lab node</source>
        <translation>&amp;Host lab node</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="310"/>
        <source>&amp;Add as new device…</source>
        <translation>&amp;Add as new device…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="325"/>
        <source>&amp;Migrate to</source>
        <translation>&amp;Migrate to</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="330"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Deploy</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="81"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="90"/>
        <source>lab: %1</source>
        <translation>lab: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="82"/>
        <source>The lab could not be opened: %1</source>
        <translation>The lab could not be opened: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="372"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="136"/>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="139"/>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="142"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="163"/>
        <source>starting…</source>
        <translation>starting…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="144"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="176"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="220"/>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="146"/>
        <source>lab ready on %1 (Redis %2)</source>
        <translation>lab ready on %1 (Redis %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="251"/>
        <source>lab stopped</source>
        <translation>lab stopped</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="253"/>
        <source>the backend did not finish stopping within %1 s; closing without it</source>
        <translation>the backend did not finish stopping within %1 s; closing without it</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="131"/>
        <source>opening %1 on the %2</source>
        <translation>opening %1 on the %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="30"/>
        <source>waiting for a machine to host %1</source>
        <translation>waiting for a machine to host %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="89"/>
        <source>%1: its commands were not confirmed</source>
        <translation>%1: its commands were not confirmed</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="97"/>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="109"/>
        <source>Run these commands?</source>
        <translation>Run these commands?</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="110"/>
        <source>The lab file %1 runs programs other than swarmlab&apos;s agents and redis-server:

%2

A lab file is code: run them only if you trust whoever wrote it.</source>
        <translation>The lab file %1 runs programs other than swarmlab&apos;s agents and redis-server:

%2

A lab file is code: run them only if you trust whoever wrote it.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="116"/>
        <source>&amp;Run them</source>
        <translation>&amp;Run them</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="117"/>
        <source>&amp;Do not open the lab</source>
        <translation>&amp;Do not open the lab</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="178"/>
        <source>not answering</source>
        <translation>not answering</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="194"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="196"/>
        <source>%1 on %2: %3%4</source>
        <translation>%1 on %2: %3%4</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="214"/>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="222"/>
        <source>lost, reconnecting</source>
        <translation>lost, reconnecting</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="224"/>
        <source>telemetry connected to %1</source>
        <translation>telemetry connected to %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="225"/>
        <source>telemetry lost Redis: %1</source>
        <translation>telemetry lost Redis: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="307"/>
        <location filename="../app/gui/MainWindow.cpp" line="333"/>
        <source>%1: cannot write the PNG file</source>
        <translation>%1: cannot write the PNG file</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="316"/>
        <location filename="../app/gui/MainWindow.cpp" line="321"/>
        <source>Export charts</source>
        <translation>Export charts</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="323"/>
        <source>charts written to %1</source>
        <translation>charts written to %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="395"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="396"/>
        <source>Restart the lab with the new backend settings now? Services running now will be stopped.</source>
        <translation>Restart the lab with the new backend settings now? Services running now will be stopped.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="272"/>
        <source>The lab could not be opened</source>
        <translation>The lab could not be opened</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="239"/>
        <source>stopping the lab…</source>
        <translation>stopping the lab…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="240"/>
        <source>Stopping the lab…</source>
        <translation>Stopping the lab…</translation>
    </message>
</context>
<context>
    <name>swarmlab::Orchestrator</name>
    <message>
        <location filename="../app/core/orchestrator/Orchestrator.cpp" line="90"/>
        <source>the %1 backend takes its nodes&apos; layers from the lab file</source>
        <translation>the %1 backend takes its nodes&apos; layers from the lab file</translation>
    </message>
    <message>
        <location filename="../app/core/orchestrator/Orchestrator.cpp" line="99"/>
        <source>the %1 backend runs every lab node itself: no machine is assigned</source>
        <translation>the %1 backend runs every lab node itself: no machine is assigned</translation>
    </message>
    <message>
        <location filename="../app/core/orchestrator/Orchestrator.cpp" line="105"/>
        <source>the %1 backend takes its nodes from the lab file it was started with; restart the lab to add %2</source>
        <translation>the %1 backend takes its nodes from the lab file it was started with; restart the lab to add %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::PalettePanel</name>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="24"/>
        <source>Service palette</source>
        <translation>Service palette</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="25"/>
        <source>Drag a service onto a node to deploy it (or press Enter to choose a node)</source>
        <translation>Drag a service onto a node to deploy it (or press Enter to choose a node)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="49"/>
        <source>Layers: %1</source>
        <translation>Layers: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="49"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="51"/>
        <source>Needs: %1</source>
        <translation>Needs: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="53"/>
        <source>Architectures: %1</source>
        <translation>Architectures: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="54"/>
        <source>Migrate/restart order: %1</source>
        <translation>Migrate/restart order: %1</translation>
    </message>
</context>
<context>
    <name>swarmlab::PlacementPolicy</name>
    <message>
        <location filename="../app/core/local/PlacementPolicy.cpp" line="20"/>
        <source>no node &quot;%1&quot; in lab &quot;%2&quot;</source>
        <translation>no node &quot;%1&quot; in lab &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/local/PlacementPolicy.cpp" line="29"/>
        <source>node %1 is down</source>
        <translation>node %1 is down</translation>
    </message>
</context>
<context>
    <name>swarmlab::PlacementRules</name>
    <message>
        <location filename="../app/core/swarm/PlacementRules.cpp" line="62"/>
        <source>%1 is not a node of lab %2</source>
        <translation>%1 is not a node of lab %2</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/PlacementRules.cpp" line="63"/>
        <source>no swarm node %1</source>
        <translation>no swarm node %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/PlacementRules.cpp" line="69"/>
        <source>%1 hosts %2 already</source>
        <translation>%1 hosts %2 already</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/PlacementRules.cpp" line="107"/>
        <source>%1 runs on %2 besides %3, whose layer is the machine&apos;s: %1 keeps the lab file&apos;s layer (%4); to move the machine, drag %3</source>
        <translation>%1 runs on %2 besides %3, whose layer is the machine&apos;s: %1 keeps the lab file&apos;s layer (%4); to move the machine, drag %3</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/PlacementRules.cpp" line="110"/>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>swarmlab::RecordControl</name>
    <message>
        <location filename="../app/gui/panels/RecordControl.cpp" line="50"/>
        <source>Save the recorded timeline</source>
        <translation>Save the recorded timeline</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RecordControl.cpp" line="51"/>
        <source>Timeline files (*.json)</source>
        <translation>Timeline files (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RecordControl.cpp" line="67"/>
        <source>recording dropped: the lab it recorded is gone</source>
        <translation>recording dropped: the lab it recorded is gone</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/RecordControl.cpp" line="90"/>
        <source>recording: your deploy, migrate, restart, stop, scale and node down/up commands become a timeline (the lab as it is now: %n step(s) at 0 s)</source>
        <translation>
            <numerusform>recording: your deploy, migrate, restart, stop, scale and node down/up commands become a timeline (the lab as it is now: %n step at 0 s)</numerusform>
            <numerusform>recording: your deploy, migrate, restart, stop, scale and node down/up commands become a timeline (the lab as it is now: %n steps at 0 s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RecordControl.cpp" line="93"/>
        <source>not recorded: %1</source>
        <translation>not recorded: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/RecordControl.cpp" line="108"/>
        <source>recording discarded (%n step(s))</source>
        <translation>
            <numerusform>recording discarded (%n step)</numerusform>
            <numerusform>recording discarded (%n steps)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RecordControl.cpp" line="119"/>
        <source>recorded timeline not saved: %1</source>
        <translation>recorded timeline not saved: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/RecordControl.cpp" line="124"/>
        <source>recorded timeline %1 saved to %2: %n step(s) in %3 s</source>
        <translation>
            <numerusform>recorded timeline %1 saved to %2: %n step in %3 s</numerusform>
            <numerusform>recorded timeline %1 saved to %2: %n steps in %3 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/RecordControl.cpp" line="141"/>
        <source>Stop recording (%n step(s), %1 s)</source>
        <translation>
            <numerusform>Stop recording (%n step, %1 s)</numerusform>
            <numerusform>Stop recording (%n steps, %1 s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RecordControl.cpp" line="145"/>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RecordControl.cpp" line="147"/>
        <source>Record your commands (deploy, migrate, restart, stop, node down/up) as a timeline to replay on the Experiments tab</source>
        <translation>Record your commands (deploy, migrate, restart, stop, node down/up) as a timeline to replay on the Experiments tab</translation>
    </message>
</context>
<context>
    <name>swarmlab::RedisProbe</name>
    <message>
        <location filename="../app/core/swarm/RedisProbe.cpp" line="19"/>
        <source>no reply within %1 ms</source>
        <translation>no reply within %1 ms</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/RedisProbe.cpp" line="46"/>
        <source>unexpected reply %1</source>
        <translation>unexpected reply %1</translation>
    </message>
</context>
<context>
    <name>swarmlab::RedisServerProcess</name>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="27"/>
        <source>%1 did not report &quot;Ready to accept connections&quot; within %2 s; its output: %3</source>
        <translation>%1 did not report &quot;Ready to accept connections&quot; within %2 s; its output: %3</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="64"/>
        <source>no free TCP port on 127.0.0.1 for %1</source>
        <translation>no free TCP port on 127.0.0.1 for %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="76"/>
        <source>cannot run %1: %2 (install redis-server, or set SWARMLAB_REDIS_SERVER)</source>
        <translation>cannot run %1: %2 (install redis-server, or set SWARMLAB_REDIS_SERVER)</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="120"/>
        <source>%1 exited (%2) before accepting connections: %3</source>
        <translation>%1 exited (%2) before accepting connections: %3</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="121"/>
        <source>crashed</source>
        <translation>crashed</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="121"/>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="122"/>
        <source>no output</source>
        <translation>no output</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="129"/>
        <source>killed by a signal</source>
        <translation>killed by a signal</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="130"/>
        <source>exited with code %1</source>
        <translation>exited with code %1</translation>
    </message>
</context>
<context>
    <name>swarmlab::ReplicatedRedis</name>
    <message>
        <location filename="../app/core/local/ReplicatedRedis.cpp" line="131"/>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <location filename="../app/core/local/ReplicatedRedis.cpp" line="167"/>
        <source>Sentinel failover: the primary moved from %1 to %2</source>
        <translation>Sentinel failover: the primary moved from %1 to %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::RunComparisonWindow</name>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="39"/>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="41"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="43"/>
        <source>journal only</source>
        <translation>journal only</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="47"/>
        <source>broken</source>
        <translation>broken</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="90"/>
        <source>Export the comparison as CSV</source>
        <translation>Export the comparison as CSV</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="91"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="93"/>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="100"/>
        <source>written to %1</source>
        <translation>written to %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="97"/>
        <source>Export the comparison charts</source>
        <translation>Export the comparison charts</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="98"/>
        <source>PNG images, 300 dpi (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG images, 300 dpi (*.png);;SVG drawings (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="125"/>
        <source>reading %1 and %2…</source>
        <translation>reading %1 and %2…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="146"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="148"/>
        <source>%n measure(s) compared</source>
        <translation>
            <numerusform>%n measure compared</numerusform>
            <numerusform>%n measures compared</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="163"/>
        <source>this run has no such measure</source>
        <translation>this run has no such measure</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="165"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="169"/>
        <source>%1 (overlap)</source>
        <translation>%1 (overlap)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="171"/>
        <source>overlap: both the old and the new instance showed updates for %1 ms</source>
        <translation>overlap: both the old and the new instance showed updates for %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="173"/>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="177"/>
        <source>better than the paper</source>
        <translation>better than the paper</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="202"/>
        <source>&lt;b&gt;%1&lt;/b&gt;  %2 — timeline &lt;b&gt;%3&lt;/b&gt;, %4, %5 backend, %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;  %2 — timeline &lt;b&gt;%3&lt;/b&gt;, %4, %5 backend, %6</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="204"/>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="207"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="206"/>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="222"/>
        <source>%1: cannot write the image file</source>
        <translation>%1: cannot write the image file</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="227"/>
        <source>swarmlab: two runs compared</source>
        <translation>swarmlab: two runs compared</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="230"/>
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="230"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="230"/>
        <source>run A (× paper)</source>
        <translation>run A (× paper)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="230"/>
        <source>run B (× paper)</source>
        <translation>run B (× paper)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="230"/>
        <source>paper 2017</source>
        <translation>paper 2017</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="231"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="232"/>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
</context>
<context>
    <name>swarmlab::RunJournal</name>
    <message>
        <location filename="../app/core/measure/RunJournal.cpp" line="21"/>
        <source>%1: cannot create the run folder</source>
        <translation>%1: cannot create the run folder</translation>
    </message>
    <message>
        <location filename="../app/core/measure/RunJournal.cpp" line="79"/>
        <source>%1: cannot write the run journal: %2</source>
        <translation>%1: cannot write the run journal: %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::RunsPanel</name>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="27"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="60"/>
        <source>Runs folder</source>
        <translation>Runs folder</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="106"/>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="109"/>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="110"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="120"/>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="123"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="127"/>
        <source>journal only: %1</source>
        <translation>journal only: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="131"/>
        <source>broken: %1</source>
        <translation>broken: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/RunsPanel.cpp" line="141"/>
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%n run in %1</numerusform>
            <numerusform>%n runs in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="164"/>
        <source>comparing %1 (A) and %2 (B)</source>
        <translation>comparing %1 (A) and %2 (B)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="169"/>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="170"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="171"/>
        <source>Compare the two selected</source>
        <translation>Compare the two selected</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="173"/>
        <source>Select two runs (Ctrl+click) to overlay their charts and compare their summaries with the paper</source>
        <translation>Select two runs (Ctrl+click) to overlay their charts and compare their summaries with the paper</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="175"/>
        <source>run folder</source>
        <translation>run folder</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="175"/>
        <source>timeline</source>
        <translation>timeline</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="175"/>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="175"/>
        <source>backend</source>
        <translation>backend</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="176"/>
        <source>publish/s</source>
        <translation>publish/s</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="176"/>
        <source>updates/s</source>
        <translation>updates/s</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="176"/>
        <source>lag p50 (ms)</source>
        <translation>lag p50 (ms)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="177"/>
        <source>first deploy (ms)</source>
        <translation>first deploy (ms)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="177"/>
        <source>state</source>
        <translation>state</translation>
    </message>
</context>
<context>
    <name>swarmlab::ServiceSpec</name>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="231"/>
        <source>Spec: expected an object, found %1</source>
        <translation>Spec: expected an object, found %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="281"/>
        <source>Spec.TaskTemplate.ForceUpdate: expected a number, found %1</source>
        <translation>Spec.TaskTemplate.ForceUpdate: expected a number, found %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="294"/>
        <source>Spec.Mode: expected an object, found %1</source>
        <translation>Spec.Mode: expected an object, found %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="303"/>
        <source>Spec.Mode: a replicated service was expected, this one is %1</source>
        <translation>Spec.Mode: a replicated service was expected, this one is %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="304"/>
        <source>of no mode</source>
        <translation>of no mode</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="314"/>
        <source>Spec.Mode.Replicated.Replicas: expected a count, found %1</source>
        <translation>Spec.Mode.Replicated.Replicas: expected a count, found %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="321"/>
        <source>replicas must be 0 or more, not %1</source>
        <translation>replicas must be 0 or more, not %1</translation>
    </message>
</context>
<context>
    <name>swarmlab::Session</name>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="97"/>
        <source>engine %1, API %2
</source>
        <translation>engine %1, API %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="98"/>
        <source>swarm: %1%2
</source>
        <translation>swarm: %1%2
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="100"/>
        <source> (manager)</source>
        <translation> (manager)</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="101"/>
        <source>swarm error: %1
</source>
        <translation>swarm error: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="111"/>
        <source>dispatcher heartbeat: %1 ms
</source>
        <translation>dispatcher heartbeat: %1 ms
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="127"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="128"/>
        <source>HOSTNAME</source>
        <translation>HOSTNAME</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="129"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="130"/>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="131"/>
        <source>AVAIL</source>
        <translation>AVAIL</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="132"/>
        <source>ARCH</source>
        <translation>ARCH</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="133"/>
        <source>LAB NAME</source>
        <translation>LAB NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="134"/>
        <source>LAYER</source>
        <translation>LAYER</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="162"/>
        <source>swarmlab-cli swarm init: --heartbeat %1: expected a duration such as 500ms or 1s
</source>
        <translation>swarmlab-cli swarm init: --heartbeat %1: expected a duration such as 500ms or 1s
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="170"/>
        <source>swarmlab-cli swarm init: unknown argument %1
</source>
        <translation>swarmlab-cli swarm init: unknown argument %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="178"/>
        <source>already part of a swarm (node %1); nothing changed
</source>
        <translation>already part of a swarm (node %1); nothing changed
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="188"/>
        <source>swarmlab-cli swarm init: POST /swarm/init (HTTP %1): %2
</source>
        <translation>swarmlab-cli swarm init: POST /swarm/init (HTTP %1): %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="193"/>
        <source>swarm initialised, node %1, dispatcher heartbeat %2 ms
</source>
        <translation>swarm initialised, node %1, dispatcher heartbeat %2 ms
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="203"/>
        <source>not part of a swarm; nothing changed
</source>
        <translation>not part of a swarm; nothing changed
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="209"/>
        <source>swarmlab-cli swarm leave: POST /swarm/leave (HTTP %1): %2
</source>
        <translation>swarmlab-cli swarm leave: POST /swarm/leave (HTTP %1): %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="217"/>
        <source>left the swarm%1
</source>
        <translation>left the swarm%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="218"/>
        <source> (network docker_gwbridge removed)</source>
        <translation> (network docker_gwbridge removed)</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="228"/>
        <source>swarmlab-cli swarm join-command: this engine is not a swarm manager (swarm: %1); run swarmlab-cli swarm init on the manager first
</source>
        <translation>swarmlab-cli swarm join-command: this engine is not a swarm manager (swarm: %1); run swarmlab-cli swarm init on the manager first
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="238"/>
        <source>swarmlab-cli swarm join-command: GET /swarm: %1
</source>
        <translation>swarmlab-cli swarm join-command: GET /swarm: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="239"/>
        <source>no JoinTokens.Worker in the answer</source>
        <translation>no JoinTokens.Worker in the answer</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="251"/>
        <source># On each new machine (a Raspberry Pi with Docker), as root, to join this swarm as a worker:
</source>
        <translation># On each new machine (a Raspberry Pi with Docker), as root, to join this swarm as a worker:
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="256"/>
        <source># Then, on this machine: swarmlab-cli swarm status lists it; in the console, drag it from the Tray onto a lab node&apos;s card.
</source>
        <translation># Then, on this machine: swarmlab-cli swarm status lists it; in the console, drag it from the Tray onto a lab node&apos;s card.
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="280"/>
        <source>swarmlab-cli swarm label: unknown argument %1
</source>
        <translation>swarmlab-cli swarm label: unknown argument %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="288"/>
        <source>swarmlab-cli swarm label: --layer %1: expected enterprise, mediation or sensing
</source>
        <translation>swarmlab-cli swarm label: --layer %1: expected enterprise, mediation or sensing
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="310"/>
        <source>swarmlab-cli swarm label: node %1: %2
</source>
        <translation>swarmlab-cli swarm label: node %1: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="319"/>
        <source>node %1 labelled
</source>
        <translation>node %1 labelled
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="323"/>
        <source>swarmlab-cli swarm label: node %1 (HTTP %2): %3
</source>
        <translation>swarmlab-cli swarm label: node %1 (HTTP %2): %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="330"/>
        <source>swarmlab-cli swarm label: node %1: update kept going out of sequence
</source>
        <translation>swarmlab-cli swarm label: node %1: update kept going out of sequence
</translation>
    </message>
</context>
<context>
    <name>swarmlab::SettingsDialog</name>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="33"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="70"/>
        <source>&amp;Embedded lab (local processes, its own Redis)</source>
        <translation>&amp;Embedded lab (local processes, its own Redis)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="71"/>
        <source>&amp;Docker Swarm endpoint</source>
        <translation>&amp;Docker Swarm endpoint</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="73"/>
        <source>DOCKER_HOST or unix:///var/run/docker.sock</source>
        <translation>DOCKER_HOST or unix:///var/run/docker.sock</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="74"/>
        <source>Use &amp;TLS with client certificates</source>
        <translation>Use &amp;TLS with client certificates</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="75"/>
        <source>Do not &amp;verify the engine&apos;s certificate (insecure)</source>
        <translation>Do not &amp;verify the engine&apos;s certificate (insecure)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="77"/>
        <source>TLS without ca.pem: anyone on the way to the engine can pose as it. Use only on a network you trust.</source>
        <translation>TLS without ca.pem: anyone on the way to the engine can pose as it. Use only on a network you trust.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="80"/>
        <source>folder with ca.pem, cert.pem, key.pem</source>
        <translation>folder with ca.pem, cert.pem, key.pem</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="81"/>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="117"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="84"/>
        <source>TLS certificate folder</source>
        <translation>TLS certificate folder</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="88"/>
        <source>host:port, e.g. 10.0.0.1:5000; empty: $SWARMLAB_REGISTRY</source>
        <translation>host:port, e.g. 10.0.0.1:5000; empty: $SWARMLAB_REGISTRY</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="90"/>
        <source>The lab registry on the swarm manager (swarmlab-cli images start; its address: swarmlab-cli images address). Set: every node pulls the lab&apos;s images from it by digest. Empty: $SWARMLAB_REGISTRY, else images by their id on the manager.</source>
        <translation>The lab registry on the swarm manager (swarmlab-cli images start; its address: swarmlab-cli images address). Set: every node pulls the lab&apos;s images from it by digest. Empty: $SWARMLAB_REGISTRY, else images by their id on the manager.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="102"/>
        <source>La&amp;b registry:</source>
        <translation>La&amp;b registry:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="109"/>
        <source>empty: the embedded lab starts its own redis-server</source>
        <translation>empty: the embedded lab starts its own redis-server</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="111"/>
        <source>empty: the default user</source>
        <translation>empty: the default user</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="114"/>
        <source>kept in a file only you can read, not in the settings</source>
        <translation>kept in a file only you can read, not in the settings</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="116"/>
        <source>empty: the shipped paper-2017 lab</source>
        <translation>empty: the shipped paper-2017 lab</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="119"/>
        <source>Lab file</source>
        <translation>Lab file</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="120"/>
        <source>Lab files (*.json)</source>
        <translation>Lab files (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="125"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="126"/>
        <source>Draw charts with &amp;OpenGL</source>
        <translation>Draw charts with &amp;OpenGL</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="128"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="94"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="98"/>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="101"/>
        <source>Certificates:</source>
        <translation>Certificates:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="133"/>
        <source>&amp;Redis URL:</source>
        <translation>&amp;Redis URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="134"/>
        <source>Redis &amp;user:</source>
        <translation>Redis &amp;user:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="135"/>
        <source>Redis &amp;password:</source>
        <translation>Redis &amp;password:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="136"/>
        <source>&amp;Lab file:</source>
        <translation>&amp;Lab file:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="137"/>
        <source>Chart &amp;window:</source>
        <translation>Chart &amp;window:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="139"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="45"/>
        <source>Backend, Redis and lab changes apply when the lab is restarted (Lab ▸ Restart lab); a language change applies at once.</source>
        <translation>Backend, Redis and lab changes apply when the lab is restarted (Lab ▸ Restart lab); a language change applies at once.</translation>
    </message>
</context>
<context>
    <name>swarmlab::SevenSegmentWidget</name>
    <message>
        <location filename="../app/gui/panels/SevenSegmentWidget.cpp" line="51"/>
        <source>7-segment display mirror</source>
        <translation>7-segment display mirror</translation>
    </message>
</context>
<context>
    <name>swarmlab::SwarmEngine</name>
    <message>
        <location filename="../app/core/swarm/SwarmEngine.cpp" line="86"/>
        <source>the Docker Engine does not answer: %1; reconnecting</source>
        <translation>the Docker Engine does not answer: %1; reconnecting</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmEngine.cpp" line="127"/>
        <source>this engine is not part of a swarm (state %1); run `swarmlab-cli swarm init`</source>
        <translation>this engine is not part of a swarm (state %1); run `swarmlab-cli swarm init`</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmEngine.cpp" line="132"/>
        <source>this node is not a swarm manager; point DOCKER_HOST at a manager</source>
        <translation>this node is not a swarm manager; point DOCKER_HOST at a manager</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmEngine.cpp" line="171"/>
        <source>event line</source>
        <translation>event line</translation>
    </message>
</context>
<context>
    <name>swarmlab::SwarmOrchestrator</name>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorRedis.cpp" line="70"/>
        <source>the lab has no redis template and no Redis URL was given</source>
        <translation>the lab has no redis template and no Redis URL was given</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorRedis.cpp" line="85"/>
        <source>not started: no machine hosts %1; drag one onto its card</source>
        <translation>not started: no machine hosts %1; drag one onto its card</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorRedis.cpp" line="89"/>
        <source>no machine hosts the gateway %1: drag one onto its card, or label one with swarmlab-cli swarm label NODE --name %1</source>
        <translation>no machine hosts the gateway %1: drag one onto its card, or label one with swarmlab-cli swarm label NODE --name %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorRedis.cpp" line="122"/>
        <source>Redis did not answer PING: %1</source>
        <translation>Redis did not answer PING: %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="166"/>
        <location filename="../app/core/swarm/SwarmOrchestratorNodes.cpp" line="15"/>
        <source>not connected to a swarm manager</source>
        <translation>not connected to a swarm manager</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="173"/>
        <source>a service named %1 exists already</source>
        <translation>a service named %1 exists already</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="202"/>
        <source>the node left the swarm</source>
        <translation>the node left the swarm</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="482"/>
        <source>its node %1 is down</source>
        <translation>its node %1 is down</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="491"/>
        <source>not running again after node %1 failed: %2</source>
        <translation>not running again after node %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="523"/>
        <source>the orchestrator shut down</source>
        <translation>the orchestrator shut down</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="309"/>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="355"/>
        <source>no such service</source>
        <translation>no such service</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="177"/>
        <source>no machine hosts %1: drag one onto its card (or label a swarm node swarmlab.name=%1)</source>
        <translation>no machine hosts %1: drag one onto its card (or label a swarm node swarmlab.name=%1)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="277"/>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="376"/>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="395"/>
        <source>no swarm node for lab node %1</source>
        <translation>no swarm node for lab node %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="380"/>
        <source>swarm node %1 also hosts %2: draining it would stop them too</source>
        <translation>swarm node %1 also hosts %2: draining it would stop them too</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="434"/>
        <source>no such swarm node</source>
        <translation>no such swarm node</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorNodes.cpp" line="35"/>
        <source>the swarm&apos;s nodes could not be read from the Docker Engine at %1 (%2): %3</source>
        <translation>the swarm&apos;s nodes could not be read from the Docker Engine at %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorNodes.cpp" line="62"/>
        <source>layer: expected enterprise, mediation or sensing</source>
        <translation>layer: expected enterprise, mediation or sensing</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorReplication.cpp" line="32"/>
        <source>%1 is not deployed: the replicated Redis is started with the lab (see the errors at its start)</source>
        <translation>%1 is not deployed: the replicated Redis is started with the lab (see the errors at its start)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorReplication.cpp" line="35"/>
        <source>this lab&apos;s Redis is replicated (%1 and their sentinels, started with the lab on %2): a single Redis on %3 would be outside it, and would clash with %4 on port %5 where they share a machine</source>
        <translation>this lab&apos;s Redis is replicated (%1 and their sentinels, started with the lab on %2): a single Redis on %3 would be outside it, and would clash with %4 on port %5 where they share a machine</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorReplication.cpp" line="59"/>
        <source>the replicated Redis needs a machine for each of %1: drag one onto each card, or label one with swarmlab-cli swarm label NODE --name NAME, then start again</source>
        <translation>the replicated Redis needs a machine for each of %1: drag one onto each card, or label one with swarmlab-cli swarm label NODE --name NAME, then start again</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorReplication.cpp" line="68"/>
        <source>the replicated Redis needs the lab&apos;s password as a Docker secret</source>
        <translation>the replicated Redis needs the lab&apos;s password as a Docker secret</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorReplication.cpp" line="115"/>
        <source>The lab&apos;s Redis Sentinel (replicated gateways)</source>
        <translation>The lab&apos;s Redis Sentinel (replicated gateways)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorReplication.cpp" line="159"/>
        <source>%1 on %2 did not answer PING: %3</source>
        <translation>%1 on %2 did not answer PING: %3</translation>
    </message>
</context>
<context>
    <name>swarmlab::SwarmState</name>
    <message>
        <location filename="../app/core/swarm/SwarmState.cpp" line="137"/>
        <source>no swarm node labelled swarmlab.name=%1</source>
        <translation>no swarm node labelled swarmlab.name=%1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmState.cpp" line="292"/>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmState.cpp" line="300"/>
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
</context>
<context>
    <name>swarmlab::TaskSupervisor</name>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="107"/>
        <source>service template &quot;%1&quot; has no command</source>
        <translation>service template &quot;%1&quot; has no command</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="126"/>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="134"/>
        <source>cannot run %1: %2</source>
        <translation>cannot run %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="140"/>
        <source>did not stop within %1 ms of SIGTERM: killed</source>
        <translation>did not stop within %1 ms of SIGTERM: killed</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="169"/>
        <source>node %1 powered off (SIGKILL)</source>
        <translation>node %1 powered off (SIGKILL)</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="173"/>
        <source>killed by a signal</source>
        <translation>killed by a signal</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="175"/>
        <source>exited with code %1</source>
        <translation>exited with code %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="177"/>
        <source>exited with code 0</source>
        <translation>exited with code 0</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="191"/>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="204"/>
        <source>; restarting by policy</source>
        <translation>; restarting by policy</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="200"/>
        <source>; gave up after %1 restart attempts (max_attempts)</source>
        <translation>; gave up after %1 restart attempts (max_attempts)</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="218"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="241"/>
        <source>stopped (the lab&apos;s Redis keeps running)</source>
        <translation>stopped (the lab&apos;s Redis keeps running)</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="305"/>
        <source>%1 has exited</source>
        <translation>%1 has exited</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="318"/>
        <source>no first_message from %1 within %2 ms</source>
        <translation>no first_message from %1 within %2 ms</translation>
    </message>
</context>
<context>
    <name>swarmlab::Telemetry</name>
    <message>
        <location filename="../app/core/telemetry/TelemetryWorker.cpp" line="59"/>
        <source>bad Redis URL: %1</source>
        <translation>bad Redis URL: %1</translation>
    </message>
    <message>
        <location filename="../app/core/telemetry/TelemetryWorker.cpp" line="118"/>
        <source>Redis at %1: TIME failed: %2</source>
        <translation>Redis at %1: TIME failed: %2</translation>
    </message>
    <message>
        <location filename="../app/core/telemetry/TelemetryWorker.cpp" line="132"/>
        <source>lost Redis at %1: the sentinels moved the primary to %2</source>
        <translation>lost Redis at %1: the sentinels moved the primary to %2</translation>
    </message>
    <message>
        <location filename="../app/core/telemetry/TelemetryWorker.cpp" line="142"/>
        <location filename="../app/core/telemetry/TelemetryWorker.cpp" line="184"/>
        <source>lost Redis at %1: %2</source>
        <translation>lost Redis at %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/telemetry/TelemetryWorker.cpp" line="188"/>
        <source>Redis at %1: XREAD: %2</source>
        <translation>Redis at %1: XREAD: %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::TopologyModel</name>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="135"/>
        <source>not started: no machine hosts %1; drag one onto its card</source>
        <translation>not started: no machine hosts %1; drag one onto its card</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="141"/>
        <source>no machine hosts %1: drag one here</source>
        <translation>no machine hosts %1: drag one here</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="156"/>
        <source>machine %1, not a node of the lab: drag it onto a lab node&apos;s card to host it, or into a band</source>
        <translation>machine %1, not a node of the lab: drag it onto a lab node&apos;s card to host it, or into a band</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="160"/>
        <source>runs on machine %1</source>
        <translation>runs on machine %1</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="244"/>
        <source>%1… %2 ms</source>
        <translation>%1… %2 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="252"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="264"/>
        <source>unknown service template &apos;%1&apos;</source>
        <translation>unknown service template &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="266"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="306"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="307"/>
        <source>unknown node &apos;%1&apos;</source>
        <translation>unknown node &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="268"/>
        <source>no machine hosts %1: drag one onto its card first</source>
        <translation>no machine hosts %1: drag one onto its card first</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="269"/>
        <source>%1 is down</source>
        <translation>%1 is down</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="270"/>
        <source>%1 is drained</source>
        <translation>%1 is drained</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="272"/>
        <source>%1 is not in a layer yet: drag it into a band first</source>
        <translation>%1 is not in a layer yet: drag it into a band first</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="287"/>
        <source>unknown service &apos;%1&apos;</source>
        <translation>unknown service &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="291"/>
        <source>%1 already runs on %2</source>
        <translation>%1 already runs on %2</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="303"/>
        <source>on this backend every lab node runs where the lab file puts it</source>
        <translation>on this backend every lab node runs where the lab file puts it</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="310"/>
        <source>%1 is a machine, not a lab node: drop machines on a lab node&apos;s card</source>
        <translation>%1 is a machine, not a lab node: drop machines on a lab node&apos;s card</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="312"/>
        <source>drop %1 on another lab node&apos;s card to make its machine host that one too</source>
        <translation>drop %1 on another lab node&apos;s card to make its machine host that one too</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="315"/>
        <source>no machine hosts %1, so it cannot host %2</source>
        <translation>no machine hosts %1, so it cannot host %2</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="316"/>
        <source>%1 runs on %2 already</source>
        <translation>%1 runs on %2 already</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="439"/>
        <source>no first message after %1 s</source>
        <translation>no first message after %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="440"/>
        <source>no answer from the backend after %1 s</source>
        <translation>no answer from the backend after %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="455"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::TopologyScene</name>
    <message>
        <location filename="../app/gui/topology/TopologyScene.cpp" line="303"/>
        <source>only services and machines can be dropped on a node</source>
        <translation>only services and machines can be dropped on a node</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyScene.cpp" line="311"/>
        <source>only node cards can be dropped on a band</source>
        <translation>only node cards can be dropped on a band</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyScene.cpp" line="318"/>
        <source>unknown node &apos;%1&apos;</source>
        <translation>unknown node &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyScene.cpp" line="320"/>
        <source>on this backend every node&apos;s layer comes from the lab file</source>
        <translation>on this backend every node&apos;s layer comes from the lab file</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyScene.cpp" line="322"/>
        <source>a node leaves its layer only by removing its swarmlab.layer label</source>
        <translation>a node leaves its layer only by removing its swarmlab.layer label</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyScene.cpp" line="324"/>
        <source>%1 is already in this layer</source>
        <translation>%1 is already in this layer</translation>
    </message>
</context>
<context>
    <name>swarmlab::TopologyView</name>
    <message>
        <location filename="../app/gui/topology/TopologyView.cpp" line="63"/>
        <source>Lab topology</source>
        <translation>Lab topology</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyView.cpp" line="64"/>
        <source>Topology</source>
        <translation>Topology</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyView.cpp" line="65"/>
        <source>Topology tools</source>
        <translation>Topology tools</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyView.cpp" line="66"/>
        <location filename="../app/gui/topology/TopologyView.cpp" line="67"/>
        <source>Find a node or service</source>
        <translation>Find a node or service</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyView.cpp" line="68"/>
        <source>Readable</source>
        <translation>Readable</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyView.cpp" line="69"/>
        <source>Default zoom: text stays readable, the view scrolls</source>
        <translation>Default zoom: text stays readable, the view scrolls</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyView.cpp" line="70"/>
        <source>Fit all</source>
        <translation>Fit all</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyView.cpp" line="71"/>
        <source>Show the whole lab, however small</source>
        <translation>Show the whole lab, however small</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyView.cpp" line="76"/>
        <source>Zoom to the %1 band (or double-click its title)</source>
        <translation>Zoom to the %1 band (or double-click its title)</translation>
    </message>
</context>
<context>
    <name>swarmlab::cli</name>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="59"/>
        <source>Plays an experiment timeline on a lab and records it.</source>
        <translation>Plays an experiment timeline on a lab and records it.</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="61"/>
        <source>experiment timeline (JSON)</source>
        <translation>experiment timeline (JSON)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="63"/>
        <source>lab file (default: the timeline&apos;s &quot;lab&quot;)</source>
        <translation>lab file (default: the timeline&apos;s &quot;lab&quot;)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="66"/>
        <source>output folder (default: ./runs/&lt;timeline&gt;-&lt;yyyyMMdd-HHmmss&gt;)</source>
        <translation>output folder (default: ./runs/&lt;timeline&gt;-&lt;yyyyMMdd-HHmmss&gt;)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="68"/>
        <source>local (default) or swarm</source>
        <translation>local (default) or swarm</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="72"/>
        <source>use this Redis instead of starting one (redis://host:port; default: $SWARMLAB_REDIS_URL)</source>
        <translation>use this Redis instead of starting one (redis://host:port; default: $SWARMLAB_REDIS_URL)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="77"/>
        <source>the password of that Redis: the first line of FILE (never on the command line)</source>
        <translation>the password of that Redis: the first line of FILE (never on the command line)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="80"/>
        <source>multiply every time of the timeline by F (0 &lt; F &lt;= 100)</source>
        <translation>multiply every time of the timeline by F (0 &lt; F &lt;= 100)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="84"/>
        <source>run template commands other than swarmlab programs from ${bin} and redis-server</source>
        <translation>run template commands other than swarmlab programs from ${bin} and redis-server</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="87"/>
        <source>use the timeline&apos;s lab even when it lies outside the timeline&apos;s folder</source>
        <translation>use the timeline&apos;s lab even when it lies outside the timeline&apos;s folder</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="91"/>
        <source>do not journal the run to its folder while it runs (a killed run is then lost)</source>
        <translation>do not journal the run to its folder while it runs (a killed run is then lost)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="96"/>
        <source>swarmlab-cli run: %1</source>
        <translation>swarmlab-cli run: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="107"/>
        <source>expected exactly one EXPERIMENT file, got %1</source>
        <translation>expected exactly one EXPERIMENT file, got %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="111"/>
        <source>--duration-scale: expected a number &gt; 0 and &lt;= 100, got &quot;%1&quot;</source>
        <translation>--duration-scale: expected a number &gt; 0 and &lt;= 100, got &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="115"/>
        <source>--backend: expected local or swarm, got &quot;%1&quot;</source>
        <translation>--backend: expected local or swarm, got &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="118"/>
        <source>swarmlab-cli run: warning: --redis holds a password, which any user can read in the process list; use SWARMLAB_REDIS_URL or --redis-password-file</source>
        <translation>swarmlab-cli run: warning: --redis holds a password, which any user can read in the process list; use SWARMLAB_REDIS_URL or --redis-password-file</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="125"/>
        <source>--out: expected a folder, got an empty value</source>
        <translation>--out: expected a folder, got an empty value</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="141"/>
        <source>%1: its lab %2 lies outside the timeline&apos;s folder; check that file, then give --allow-outside-lab (or --lab FILE)</source>
        <translation>%1: its lab %2 lies outside the timeline&apos;s folder; check that file, then give --allow-outside-lab (or --lab FILE)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="147"/>
        <source>note: lab %1 (outside the timeline&apos;s folder, allowed)</source>
        <translation>note: lab %1 (outside the timeline&apos;s folder, allowed)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="151"/>
        <source>%1: %2 is not a swarmlab program from ${bin} nor redis-server%3</source>
        <translation>%1: %2 is not a swarmlab program from ${bin} nor redis-server%3</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="153"/>
        <source> (allowed by --allow-commands)</source>
        <translation> (allowed by --allow-commands)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="154"/>
        <source>; give --allow-commands to run it</source>
        <translation>; give --allow-commands to run it</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="166"/>
        <source>%1: cannot load the timeline</source>
        <translation>%1: cannot load the timeline</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="174"/>
        <source>%1: cannot load the lab</source>
        <translation>%1: cannot load the lab</translation>
    </message>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="36"/>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ValidateCommand.cpp" line="43"/>
        <source>%1: lab file has %n error(s)</source>
        <translation>
            <numerusform>%1: lab file has %n error</numerusform>
            <numerusform>%1: lab file has %n errors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="47"/>
        <source>%1: OK, lab &quot;%2&quot; with %3 nodes and %4 service templates</source>
        <translation>%1: OK, lab &quot;%2&quot; with %3 nodes and %4 service templates</translation>
    </message>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="59"/>
        <source>%1: lab %2 cannot be loaded:</source>
        <translation>%1: lab %2 cannot be loaded:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ValidateCommand.cpp" line="67"/>
        <source>%1: timeline has %n error(s)</source>
        <translation>
            <numerusform>%1: timeline has %n error</numerusform>
            <numerusform>%1: timeline has %n errors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="72"/>
        <source>%1: OK, timeline &quot;%2&quot;: %3 steps over %4 s on lab %5</source>
        <translation>%1: OK, timeline &quot;%2&quot;: %3 steps over %4 s on lab %5</translation>
    </message>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="85"/>
        <source>Checks lab and experiment timeline files; prints every problem.</source>
        <translation>Checks lab and experiment timeline files; prints every problem.</translation>
    </message>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="87"/>
        <source>lab or timeline file (JSON)</source>
        <translation>lab or timeline file (JSON)</translation>
    </message>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="98"/>
        <source>swarmlab-cli validate: expected FILE (a lab or timeline JSON file)</source>
        <translation>swarmlab-cli validate: expected FILE (a lab or timeline JSON file)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="46"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="57"/>
        <source>run interrupted: it did not finish; the figures cover what was recorded</source>
        <translation>run interrupted: it did not finish; the figures cover what was recorded</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="61"/>
        <location filename="../app/cli/CompareCommand.cpp" line="109"/>
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="62"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="63"/>
        <location filename="../app/cli/CompareCommand.cpp" line="109"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="64"/>
        <location filename="../app/cli/CompareCommand.cpp" line="109"/>
        <source>paper</source>
        <translation>paper</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="65"/>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="72"/>
        <location filename="../app/cli/CompareCommand.cpp" line="24"/>
        <source>overlap</source>
        <translation>overlap</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="85"/>
        <source>(ratio = value / paper value)</source>
        <translation>(ratio = value / paper value)</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="19"/>
        <source>Rebuilds a run from its folder: its journal (a run killed or still running) or its final CSV files. Prints the summary and rewrites metrics.csv, events.csv and summary.csv; a run that did not finish is marked interrupted.</source>
        <translation>Rebuilds a run from its folder: its journal (a run killed or still running) or its final CSV files. Prints the summary and rewrites metrics.csv, events.csv and summary.csv; a run that did not finish is marked interrupted.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="23"/>
        <source>the run&apos;s folder (--out of run)</source>
        <translation>the run&apos;s folder (--out of run)</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="25"/>
        <location filename="../app/cli/ReportCommand.cpp" line="42"/>
        <source>swarmlab-cli report: %1</source>
        <translation>swarmlab-cli report: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="33"/>
        <source>swarmlab-cli report: expected exactly one RUN_DIR, got %1</source>
        <translation>swarmlab-cli report: expected exactly one RUN_DIR, got %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="46"/>
        <source>run %1 (%2 backend), read from %3</source>
        <translation>run %1 (%2 backend), read from %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="50"/>
        <source>swarmlab-cli report: could not rewrite the CSV files: %1</source>
        <translation>swarmlab-cli report: could not rewrite the CSV files: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="55"/>
        <source>CSV files: %1/metrics.csv, %1/events.csv, %1/summary.csv</source>
        <translation>CSV files: %1/metrics.csv, %1/events.csv, %1/summary.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="34"/>
        <source>%1: no such folder (expected a run folder, as written by swarmlab-cli run)</source>
        <translation>%1: no such folder (expected a run folder, as written by swarmlab-cli run)</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="40"/>
        <source>%1 (run swarmlab-cli report %2 first)</source>
        <translation>%1 (run swarmlab-cli report %2 first)</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="48"/>
        <source>%1: %2 — %3, %4 backend, started %5</source>
        <translation>%1: %2 — %3, %4 backend, started %5</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="50"/>
        <source>unknown timeline</source>
        <translation>unknown timeline</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="51"/>
        <location filename="../app/cli/CompareCommand.cpp" line="54"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="57"/>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="64"/>
        <source>Prints the summaries of two runs side by side with the 2017 paper&apos;s values (each run&apos;s ratio to the paper in brackets). &quot;no data&quot;: the run could not measure it; &quot;—&quot;: the run has no such measure.</source>
        <translation>Prints the summaries of two runs side by side with the 2017 paper&apos;s values (each run&apos;s ratio to the paper in brackets). &quot;no data&quot;: the run could not measure it; &quot;—&quot;: the run has no such measure.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="68"/>
        <source>a run&apos;s folder (--out of run)</source>
        <translation>a run&apos;s folder (--out of run)</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="69"/>
        <source>another run&apos;s folder</source>
        <translation>another run&apos;s folder</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="71"/>
        <location filename="../app/cli/CompareCommand.cpp" line="89"/>
        <source>swarmlab-cli compare: %1</source>
        <translation>swarmlab-cli compare: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="80"/>
        <source>swarmlab-cli compare: expected two run folders, got %1</source>
        <translation>swarmlab-cli compare: expected two run folders, got %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="113"/>
        <source>(×N = value / paper value; &quot;—&quot;: not in that run)</source>
        <translation>(×N = value / paper value; &quot;—&quot;: not in that run)</translation>
    </message>
</context>
<context>
    <name>swarmlab::cli::RunSession</name>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="81"/>
        <source>swarmlab-cli: %1</source>
        <translation>swarmlab-cli: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="78"/>
        <location filename="../app/cli/RunSession.cpp" line="89"/>
        <location filename="../app/cli/RunSession.cpp" line="213"/>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="94"/>
        <source>the %1 backend did not become ready within %2 s</source>
        <translation>the %1 backend did not become ready within %2 s</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="99"/>
        <source>swarmlab-cli: %1 on lab %2, %3 backend, %4 s%5</source>
        <translation>swarmlab-cli: %1 on lab %2, %3 backend, %4 s%5</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="102"/>
        <source> (duration scale %1)</source>
        <translation> (duration scale %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="114"/>
        <source>lab Redis: %1</source>
        <translation>lab Redis: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="122"/>
        <source>telemetry: %1</source>
        <translation>telemetry: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="124"/>
        <source>warning: telemetry: %1 (reconnecting)</source>
        <translation>warning: telemetry: %1 (reconnecting)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="126"/>
        <source>telemetry: reconnected to %1</source>
        <translation>telemetry: reconnected to %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="144"/>
        <source> on %1</source>
        <translation> on %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="152"/>
        <source>[%1 s] step %2 failed: %3</source>
        <translation>[%1 s] step %2 failed: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="158"/>
        <source>stopping services and collecting the last metrics...</source>
        <translation>stopping services and collecting the last metrics...</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="166"/>
        <source>[%1 s] %2 on %3 failed: %4</source>
        <translation>[%1 s] %2 on %3 failed: %4</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="172"/>
        <source>journal: %1 (flushed every %2 ms; swarmlab-cli report %1 rebuilds the run)</source>
        <translation>journal: %1 (flushed every %2 ms; swarmlab-cli report %1 rebuilds the run)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="180"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="183"/>
        <location filename="../app/cli/RunSession.cpp" line="187"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="184"/>
        <source>%1/%2 s | publish %3 | updates %4 | lag p50 %5 | lost %6</source>
        <translation>%1/%2 s | publish %3 | updates %4 | lag p50 %5 | lost %6</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="189"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="205"/>
        <source>run interrupted after %1 s; recorded data kept</source>
        <translation>run interrupted after %1 s; recorded data kept</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="207"/>
        <source>run finished</source>
        <translation>run finished</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="211"/>
        <source>CSV files: %1/metrics.csv, %1/events.csv, %1/summary.csv</source>
        <translation>CSV files: %1/metrics.csv, %1/events.csv, %1/summary.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="215"/>
        <source>swarmlab-cli: could not write the CSV files: %1</source>
        <translation>swarmlab-cli: could not write the CSV files: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="239"/>
        <source>interrupted again: killing every child process and exiting</source>
        <translation>interrupted again: killing every child process and exiting</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="246"/>
        <source>interrupted: stopping the run and writing what was recorded (Ctrl-C again to quit at once)</source>
        <translation>interrupted: stopping the run and writing what was recorded (Ctrl-C again to quit at once)</translation>
    </message>
</context>
<context>
    <name>swarmlab::cli::SwarmFlags</name>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="34"/>
        <source>swarm: TLS to the engine without verifying its certificate (no ca.pem needed)</source>
        <translation>swarm: TLS to the engine without verifying its certificate (no ca.pem needed)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="37"/>
        <source>swarm: deploy images from the lab registry at HOST:PORT by digest (default: $SWARMLAB_REGISTRY; see swarmlab-cli images)</source>
        <translation>swarm: deploy images from the lab registry at HOST:PORT by digest (default: $SWARMLAB_REGISTRY; see swarmlab-cli images)</translation>
    </message>
</context>
<context>
    <name>swarmlab::registry</name>
    <message>
        <location filename="../app/core/swarm/LabRegistry.cpp" line="28"/>
        <source>lab registry &quot;%1&quot;: expected host:port, e.g. 10.0.0.1:5000 (no https://, no path)</source>
        <translation>lab registry &quot;%1&quot;: expected host:port, e.g. 10.0.0.1:5000 (no https://, no path)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/LabRegistry.cpp" line="50"/>
        <source>expected the lab registry (swarmlab-cli images start) answering over TLS, its CA in /etc/docker/certs.d/%1/ca.crt on every node</source>
        <translation>expected the lab registry (swarmlab-cli images start) answering over TLS, its CA in /etc/docker/certs.d/%1/ca.crt on every node</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/LabRegistry.cpp" line="54"/>
        <source>the lab registry %1 was asked through the engine and no answer came (%2); %3</source>
        <translation>the lab registry %1 was asked through the engine and no answer came (%2); %3</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/LabRegistry.cpp" line="60"/>
        <source>%1 is not in the lab registry %2 (%3); push the images: swarmlab-cli images push</source>
        <translation>%1 is not in the lab registry %2 (%3); push the images: swarmlab-cli images push</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/LabRegistry.cpp" line="66"/>
        <source>the lab registry %1 cannot be reached: %2; %3</source>
        <translation>the lab registry %1 cannot be reached: %2; %3</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/LabRegistry.cpp" line="79"/>
        <source>the lab registry %1 gave no sha256 digest for %2 (Descriptor.digest: &quot;%3&quot;)</source>
        <translation>the lab registry %1 gave no sha256 digest for %2 (Descriptor.digest: &quot;%3&quot;)</translation>
    </message>
</context>
<context>
    <name>swarmlab::secrets</name>
    <message>
        <location filename="../app/core/security/LabSecrets.cpp" line="65"/>
        <location filename="../app/core/security/LabSecrets.cpp" line="68"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/security/LabSecrets.cpp" line="76"/>
        <source>cannot create the secrets folder %1: %2</source>
        <translation>cannot create the secrets folder %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/security/LabSecrets.cpp" line="112"/>
        <source>%1 may be read by other users (mode %2); expected mode 600 (chmod 600 %1)</source>
        <translation>%1 may be read by other users (mode %2); expected mode 600 (chmod 600 %1)</translation>
    </message>
    <message>
        <location filename="../app/core/security/LabSecrets.cpp" line="179"/>
        <source>a Redis password file (%1) without a Redis URL: expected --redis URL or SWARMLAB_REDIS_URL (the embedded lab&apos;s own Redis has its own password)</source>
        <translation>a Redis password file (%1) without a Redis URL: expected --redis URL or SWARMLAB_REDIS_URL (the embedded lab&apos;s own Redis has its own password)</translation>
    </message>
    <message>
        <location filename="../app/core/security/LabSecrets.cpp" line="187"/>
        <source>Redis URL: %1</source>
        <translation>Redis URL: %1</translation>
    </message>
</context>
</TS>
