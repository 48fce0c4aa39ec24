<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="96"/>
        <source>swarmlab console: orchestration lab for containerized IIoT microservices</source>
        <translation>swarmlab console: orchestration lab for containerized IIoT microservices</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="99"/>
        <source>Lab file to open (default: the shipped paper-2017 lab).</source>
        <translation>Lab file to open (default: the shipped paper-2017 lab).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="100"/>
        <source>Redis URL to use instead of the embedded lab&apos;s own redis-server.</source>
        <translation>Redis URL to use instead of the embedded lab&apos;s own redis-server.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="101"/>
        <source>Use the Docker Swarm at this endpoint (unix:///… or tcp://host:port).</source>
        <translation>Use the Docker Swarm at this endpoint (unix:///… or tcp://host:port).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="102"/>
        <source>Language: en or pt (default: the system&apos;s).</source>
        <translation>Language: en or pt (default: the system&apos;s).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="103"/>
        <source>Start the embedded lab offscreen, run the paper scenario by drag and drop, save the window as PNG and exit.</source>
        <translation>Start the embedded lab offscreen, run the paper scenario by drag and drop, save the window as PNG and exit.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="104"/>
        <source>How long the scenario runs before the screenshot (default 16).</source>
        <translation>How long the scenario runs before the screenshot (default 16).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="105"/>
        <source>Ignore saved settings (start as on a first run).</source>
        <translation>Ignore saved settings (start as on a first run).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="106"/>
        <source>Print when the window was first drawn, then exit.</source>
        <translation>Print when the window was first drawn, then exit.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="152"/>
        <source>The lab could not be opened</source>
        <translation>The lab could not be opened</translation>
    </message>
</context>
<context>
    <name>swarmlab</name>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="10"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="11"/>
        <source>Mediation</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="12"/>
        <source>Sensing</source>
        <translation>Sensing</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="13"/>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="20"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="21"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="22"/>
        <source>Drain</source>
        <translation>Drain</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="23"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="30"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="31"/>
        <location filename="../app/gui/TopologyModel.cpp" line="30"/>
        <source>starting</source>
        <translation>starting</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="32"/>
        <location filename="../app/gui/TopologyModel.cpp" line="31"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="33"/>
        <location filename="../app/gui/GuiText.cpp" line="72"/>
        <location filename="../app/gui/TopologyModel.cpp" line="33"/>
        <source>stopping</source>
        <translation>stopping</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="34"/>
        <location filename="../app/gui/TopologyModel.cpp" line="34"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="35"/>
        <location filename="../app/gui/TopologyModel.cpp" line="35"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="36"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="43"/>
        <source>deploy</source>
        <translation>deploy</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="44"/>
        <source>migrate</source>
        <translation>migrate</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="45"/>
        <source>restart</source>
        <translation>restart</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="46"/>
        <source>stop</source>
        <translation>stop</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="47"/>
        <source>scale</source>
        <translation>scale</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="48"/>
        <source>node down</source>
        <translation>node down</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="49"/>
        <source>node up</source>
        <translation>node up</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="56"/>
        <source>deployed in %1 ms</source>
        <translation>deployed in %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="57"/>
        <source>migrated in %1 ms</source>
        <translation>migrated in %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="58"/>
        <source>restarted in %1 ms</source>
        <translation>restarted in %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="59"/>
        <source>stopped in %1 ms</source>
        <translation>stopped in %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="60"/>
        <source>scaled in %1 ms</source>
        <translation>scaled in %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="61"/>
        <source>node down in %1 ms</source>
        <translation>node down in %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="62"/>
        <source>node up in %1 ms</source>
        <translation>node up in %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="69"/>
        <source>deploying</source>
        <translation>deploying</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="70"/>
        <source>migrating</source>
        <translation>migrating</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="71"/>
        <location filename="../app/gui/TopologyModel.cpp" line="32"/>
        <source>restarting</source>
        <translation>restarting</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="73"/>
        <source>scaling</source>
        <translation>scaling</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="74"/>
        <source>powering off</source>
        <translation>powering off</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="75"/>
        <source>powering on</source>
        <translation>powering on</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="110"/>
        <source>Tray</source>
        <translation>Tray</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="119"/>
        <source>manager, cloud side</source>
        <translation>manager, cloud side</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="120"/>
        <source>gateways, storage</source>
        <translation>gateways, storage</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="121"/>
        <source>end devices, displays</source>
        <translation>end devices, displays</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="123"/>
        <source>nodes without a swarmlab.layer label</source>
        <translation>nodes without a swarmlab.layer label</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="137"/>
        <source>Drop to put %1 in the %2 layer</source>
        <translation>Drop to put %1 in the %2 layer</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="240"/>
        <source>Drop to deploy %1 on %2</source>
        <translation>Drop to deploy %1 on %2</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="241"/>
        <source>Drop to migrate %1 to %2</source>
        <translation>Drop to migrate %1 to %2</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="318"/>
        <source>%1 upd/s</source>
        <translation>%1 upd/s</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="319"/>
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="36"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>swarmlab::AppSettings</name>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="42"/>
        <source>&apos;%1&apos; is not a URL; expected redis://host:port or unix:///path/to/socket</source>
        <translation>&apos;%1&apos; is not a URL; expected redis://host:port or unix:///path/to/socket</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="44"/>
        <location filename="../app/gui/AppSettings.cpp" line="64"/>
        <source>&apos;%1&apos; has no socket path</source>
        <translation>&apos;%1&apos; has no socket path</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="48"/>
        <source>&apos;%1&apos; has scheme &apos;%2&apos;; expected redis:// or unix://</source>
        <translation>&apos;%1&apos; has scheme &apos;%2&apos;; expected redis:// or unix://</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="49"/>
        <location filename="../app/gui/AppSettings.cpp" line="69"/>
        <source>&apos;%1&apos; has no host</source>
        <translation>&apos;%1&apos; has no host</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="50"/>
        <source>&apos;%1&apos; has an invalid port</source>
        <translation>&apos;%1&apos; has an invalid port</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="54"/>
        <source>&apos;%1&apos;: the database after the host must be a number, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos;: the database after the host must be a number, not &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="61"/>
        <source>&apos;%1&apos; is not an endpoint; expected unix:///var/run/docker.sock or tcp://host:2376</source>
        <translation>&apos;%1&apos; is not an endpoint; expected unix:///var/run/docker.sock or tcp://host:2376</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="68"/>
        <source>&apos;%1&apos; has scheme &apos;%2&apos;; expected unix:// or tcp://</source>
        <translation>&apos;%1&apos; has scheme &apos;%2&apos;; expected unix:// or tcp://</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="71"/>
        <source>&apos;%1&apos; needs a port between 1 and 65535 (2375 plain, 2376 TLS)</source>
        <translation>&apos;%1&apos; needs a port between 1 and 65535 (2375 plain, 2376 TLS)</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="80"/>
        <source>Docker endpoint: %1</source>
        <translation>Docker endpoint: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="84"/>
        <source>TLS certificates: a folder with ca.pem, cert.pem and key.pem is needed for TLS</source>
        <translation>TLS certificates: a folder with ca.pem, cert.pem and key.pem is needed for TLS</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="86"/>
        <source>TLS certificates: &apos;%1&apos; is not a folder</source>
        <translation>TLS certificates: &apos;%1&apos; is not a folder</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="91"/>
        <source>TLS certificates: %1 is missing or unreadable</source>
        <translation>TLS certificates: %1 is missing or unreadable</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="98"/>
        <source>Redis URL: %1</source>
        <translation>Redis URL: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="102"/>
        <source>Lab file: &apos;%1&apos; does not exist</source>
        <translation>Lab file: &apos;%1&apos; does not exist</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="103"/>
        <source>Lab file: &apos;%1&apos; cannot be read</source>
        <translation>Lab file: &apos;%1&apos; cannot be read</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="106"/>
        <source>Chart window: %1 s; expected 30 to 600 s</source>
        <translation>Chart window: %1 s; expected 30 to 600 s</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="108"/>
        <source>Language: &apos;%1&apos;; expected en, pt or empty (system)</source>
        <translation>Language: &apos;%1&apos;; expected en, pt or empty (system)</translation>
    </message>
</context>
<context>
    <name>swarmlab::ChartPanel</name>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="44"/>
        <source>lab time (s)</source>
        <translation>lab time (s)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="96"/>
        <source>Publish and display update rate (Fig. 3)</source>
        <translation>Publish and display update rate (Fig. 3)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="97"/>
        <source>per second</source>
        <translation>per second</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="98"/>
        <source>Display lag (Fig. 4)</source>
        <translation>Display lag (Fig. 4)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="98"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="101"/>
        <source>Rates chart</source>
        <translation>Rates chart</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="102"/>
        <source>Lag chart</source>
        <translation>Lag chart</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="106"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="106"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="107"/>
        <source>Time window shown by the charts</source>
        <translation>Time window shown by the charts</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="112"/>
        <location filename="../app/gui/ChartPanel.cpp" line="160"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="115"/>
        <source>Freeze the charts; data keeps being recorded</source>
        <translation>Freeze the charts; data keeps being recorded</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="121"/>
        <source>&amp;Window:</source>
        <translation>&amp;Window:</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="160"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="184"/>
        <source>%1 publish/s</source>
        <translation>%1 publish/s</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="187"/>
        <source>%1 updates/s</source>
        <translation>%1 updates/s</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="190"/>
        <source>%1 lag p50</source>
        <translation>%1 lag p50</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="192"/>
        <source>%1 lag p99</source>
        <translation>%1 lag p99</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="216"/>
        <source>%1
t = %2 s: %3</source>
        <translation>%1
t = %2 s: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="297"/>
        <source>%1 series, %2 points kept, tick %3 ms</source>
        <translation>%1 series, %2 points kept, tick %3 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="323"/>
        <source>%1: cannot write the PNG file</source>
        <translation>%1: cannot write the PNG file</translation>
    </message>
</context>
<context>
    <name>swarmlab::DisplayMirrorPanel</name>
    <message>
        <location filename="../app/gui/SevenSegmentWidget.cpp" line="91"/>
        <source>No subscriber is running: deploy one on an end device to see its displays here.</source>
        <translation>No subscriber is running: deploy one on an end device to see its displays here.</translation>
    </message>
    <message>
        <location filename="../app/gui/SevenSegmentWidget.cpp" line="118"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; on %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::ExperimentsPanel</name>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="32"/>
        <source>Experiment timeline</source>
        <translation>Experiment timeline</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="34"/>
        <source>&amp;Timeline…</source>
        <translation>&amp;Timeline…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="35"/>
        <source>Open another timeline file</source>
        <translation>Open another timeline file</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="40"/>
        <source>time ×</source>
        <translation>time ×</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="41"/>
        <source>Duration scale: every step time and the duration are multiplied by it</source>
        <translation>Duration scale: every step time and the duration are multiplied by it</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="42"/>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="43"/>
        <source>St&amp;op</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="44"/>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="45"/>
        <source>Charts as &amp;PNG…</source>
        <translation>Charts as &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="46"/>
        <source>Open &amp;run folder…</source>
        <translation>Open &amp;run folder…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="48"/>
        <source>%v / %m s</source>
        <translation>%v / %m s</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="51"/>
        <source>Choose a timeline and press Run.</source>
        <translation>Choose a timeline and press Run.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="54"/>
        <source>at (s)</source>
        <translation>at (s)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="54"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="54"/>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="54"/>
        <source>node</source>
        <translation>node</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="54"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="56"/>
        <source>Timeline steps</source>
        <translation>Timeline steps</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="58"/>
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="58"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="58"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="58"/>
        <source>paper 2017</source>
        <translation>paper 2017</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="58"/>
        <source>detail</source>
        <translation>detail</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="62"/>
        <source>Run summary</source>
        <translation>Run summary</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="98"/>
        <source>Open timeline</source>
        <translation>Open timeline</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="99"/>
        <source>Timelines (*.json)</source>
        <translation>Timelines (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="109"/>
        <source>Export the run&apos;s CSV files to</source>
        <translation>Export the run&apos;s CSV files to</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="116"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="126"/>
        <source>Open a run folder (metrics.csv, events.csv)</source>
        <translation>Open a run folder (metrics.csv, events.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="135"/>
        <source>Open run</source>
        <translation>Open run</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="193"/>
        <source>The lab is not ready yet.</source>
        <translation>The lab is not ready yet.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="200"/>
        <source>%1 cannot run:
%2</source>
        <translation>%1 cannot run:
%2</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="201"/>
        <source>timeline %1 rejected: %2</source>
        <translation>timeline %1 rejected: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="214"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="221"/>
        <source>Running %1: %2 of %3 s</source>
        <translation>Running %1: %2 of %3 s</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="226"/>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="229"/>
        <source>step %1 failed: %2</source>
        <translation>step %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="232"/>
        <source>Ending: stopping services and collecting the last metrics…</source>
        <translation>Ending: stopping services and collecting the last metrics…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="236"/>
        <source>experiment %1 started (time ×%2)</source>
        <translation>experiment %1 started (time ×%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="248"/>
        <source>fired (command %1)</source>
        <translation>fired (command %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="258"/>
        <source>Run stopped early; what was recorded is shown and can be exported.</source>
        <translation>Run stopped early; what was recorded is shown and can be exported.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="259"/>
        <source>Run finished: %1 metrics, %2 events recorded.</source>
        <translation>Run finished: %1 metrics, %2 events recorded.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="262"/>
        <source>experiment %1 %2</source>
        <translation>experiment %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="262"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="262"/>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="290"/>
        <source>No run to export yet.</source>
        <translation>No run to export yet.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="117"/>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="294"/>
        <source>CSV written to %1 (metrics.csv, events.csv, summary.csv)</source>
        <translation>CSV written to %1 (metrics.csv, events.csv, summary.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="139"/>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="302"/>
        <source>Run read from %1.</source>
        <translation>Run read from %1.</translation>
    </message>
</context>
<context>
    <name>swarmlab::LabController</name>
    <message>
        <location filename="../app/gui/LabController.cpp" line="45"/>
        <source>Cannot %1: no backend is connected</source>
        <translation>Cannot %1: no backend is connected</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="66"/>
        <source>deploy %1 on %2</source>
        <translation>deploy %1 on %2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="78"/>
        <source>migrate %1 from %2 to %3 (%4)</source>
        <translation>migrate %1 from %2 to %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="85"/>
        <location filename="../app/gui/LabController.cpp" line="95"/>
        <location filename="../app/gui/LabController.cpp" line="105"/>
        <source>unknown service &apos;%1&apos;</source>
        <translation>unknown service &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="89"/>
        <source>restart %1</source>
        <translation>restart %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="99"/>
        <source>stop %1</source>
        <translation>stop %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="109"/>
        <source>replicas must be 0 or more, not %1</source>
        <translation>replicas must be 0 or more, not %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="113"/>
        <source>scale %1 to %2</source>
        <translation>scale %1 to %2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="119"/>
        <location filename="../app/gui/LabController.cpp" line="129"/>
        <location filename="../app/gui/LabController.cpp" line="141"/>
        <source>unknown node &apos;%1&apos;</source>
        <translation>unknown node &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="123"/>
        <location filename="../app/gui/LabController.cpp" line="133"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="138"/>
        <source>set a layer</source>
        <translation>set a layer</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="146"/>
        <source>label %1 swarmlab.layer=%2</source>
        <translation>label %1 swarmlab.layer=%2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="151"/>
        <source>%1&apos;s layer comes from the lab file; only Swarm nodes are placed by dragging</source>
        <translation>%1&apos;s layer comes from the lab file; only Swarm nodes are placed by dragging</translation>
    </message>
</context>
<context>
    <name>swarmlab::LabSession</name>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="39"/>
        <source>No lab file: the shipped resources were not found (set SWARMLAB_RESOURCES_DIR or choose a lab file in Settings)</source>
        <translation>No lab file: the shipped resources were not found (set SWARMLAB_RESOURCES_DIR or choose a lab file in Settings)</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="64"/>
        <source>This build has no Docker Swarm backend (swarmlab_swarm was not built)</source>
        <translation>This build has no Docker Swarm backend (swarmlab_swarm was not built)</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="112"/>
        <source>Docker Swarm at %1</source>
        <translation>Docker Swarm at %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="113"/>
        <source>DOCKER_HOST / local socket</source>
        <translation>DOCKER_HOST / local socket</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="114"/>
        <source>embedded lab</source>
        <translation>embedded lab</translation>
    </message>
</context>
<context>
    <name>swarmlab::LogPanel</name>
    <message>
        <location filename="../app/gui/LogPanel.cpp" line="18"/>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <location filename="../app/gui/LogPanel.cpp" line="24"/>
        <source>Service logs</source>
        <translation>Service logs</translation>
    </message>
    <message>
        <location filename="../app/gui/LogPanel.cpp" line="26"/>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
</context>
<context>
    <name>swarmlab::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="60"/>
        <source>swarmlab console</source>
        <translation>swarmlab console</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="79"/>
        <location filename="../app/gui/MainWindow.cpp" line="415"/>
        <source>Backend: none</source>
        <translation>Backend: none</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="80"/>
        <location filename="../app/gui/MainWindow.cpp" line="424"/>
        <location filename="../app/gui/MainWindow.cpp" line="425"/>
        <location filename="../app/gui/MainWindow.cpp" line="428"/>
        <location filename="../app/gui/MainWindow.cpp" line="434"/>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="80"/>
        <location filename="../app/gui/MainWindow.cpp" line="425"/>
        <source>not used</source>
        <translation>not used</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="81"/>
        <location filename="../app/gui/MainWindow.cpp" line="426"/>
        <location filename="../app/gui/MainWindow.cpp" line="474"/>
        <location filename="../app/gui/MainWindow.cpp" line="475"/>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="81"/>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="82"/>
        <source>lab time —</source>
        <translation>lab time —</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="96"/>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="97"/>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="119"/>
        <source>lab time %1 UTC</source>
        <translation>lab time %1 UTC</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="147"/>
        <location filename="../app/gui/MainWindow.cpp" line="160"/>
        <source>Event log</source>
        <translation>Event log</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="156"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="157"/>
        <source>Displays</source>
        <translation>Displays</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="158"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="159"/>
        <source>Experiments</source>
        <translation>Experiments</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="161"/>
        <source>Service logs</source>
        <translation>Service logs</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="169"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="183"/>
        <source>&amp;Deploy on node…</source>
        <translation>&amp;Deploy on node…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="184"/>
        <source>Deploy a service template on the selected node</source>
        <translation>Deploy a service template on the selected node</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="185"/>
        <source>&amp;Migrate to…</source>
        <translation>&amp;Migrate to…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="186"/>
        <source>Move the selected service to another node</source>
        <translation>Move the selected service to another node</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="187"/>
        <source>&amp;Restart</source>
        <translation>&amp;Restart</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="188"/>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="189"/>
        <source>S&amp;cale…</source>
        <translation>S&amp;cale…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="190"/>
        <source>Show &amp;logs</source>
        <translation>Show &amp;logs</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="191"/>
        <source>Node &amp;down</source>
        <translation>Node &amp;down</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="192"/>
        <source>Node &amp;up</source>
        <translation>Node &amp;up</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="193"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="194"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="195"/>
        <source>&amp;Fit topology</source>
        <translation>&amp;Fit topology</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="196"/>
        <source>&amp;Pause charts</source>
        <translation>&amp;Pause charts</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="198"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="199"/>
        <source>Restart &amp;lab</source>
        <translation>Restart &amp;lab</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="200"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="201"/>
        <source>Export charts as &amp;PNG…</source>
        <translation>Export charts as &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="202"/>
        <source>Save &amp;window as PNG…</source>
        <translation>Save &amp;window as PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="203"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="233"/>
        <source>Scale %1</source>
        <translation>Scale %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="233"/>
        <source>Replicas:</source>
        <translation>Replicas:</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="261"/>
        <source>Save window as PNG</source>
        <translation>Save window as PNG</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="262"/>
        <location filename="../app/gui/MainWindow.cpp" line="534"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="268"/>
        <source>Save window</source>
        <translation>Save window</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="269"/>
        <source>window written to %1</source>
        <translation>window written to %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="278"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="283"/>
        <source>&amp;Lab</source>
        <translation>&amp;Lab</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="295"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="297"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="299"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="310"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="311"/>
        <source>&amp;About swarmlab</source>
        <translation>&amp;About swarmlab</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="312"/>
        <source>About swarmlab</source>
        <translation>About swarmlab</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="313"/>
        <source>&lt;b&gt;swarmlab %1&lt;/b&gt;&lt;p&gt;Orchestration lab for containerized IIoT microservices: deploy and migrate services by drag and drop, watch publish rate, display updates and lag live, replay the 2017 experiment.&lt;/p&gt;</source>
        <translation>&lt;b&gt;swarmlab %1&lt;/b&gt;&lt;p&gt;Orchestration lab for containerized IIoT microservices: deploy and migrate services by drag and drop, watch publish rate, display updates and lag live, replay the 2017 experiment.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="320"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="352"/>
        <source>&amp;Drain node</source>
        <translation>&amp;Drain node</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="352"/>
        <source>Node &amp;down (power off)</source>
        <translation>Node &amp;down (power off)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="353"/>
        <source>&amp;Activate node</source>
        <translation>&amp;Activate node</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="353"/>
        <source>Node &amp;up (power on)</source>
        <translation>Node &amp;up (power on)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="357"/>
        <source>Deploy on %1</source>
        <translation>Deploy on %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="361"/>
        <location filename="../app/gui/MainWindow.cpp" line="372"/>
        <location filename="../app/gui/MainWindow.cpp" line="383"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="368"/>
        <source>Migrate %1 to</source>
        <translation>Migrate %1 to</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="383"/>
        <source>Deploy %1 on %2</source>
        <translation>Deploy %1 on %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="395"/>
        <source>&amp;Migrate to</source>
        <translation>&amp;Migrate to</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="400"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Deploy</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="413"/>
        <source>lab: %1</source>
        <translation>lab: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="414"/>
        <source>The lab could not be opened: %1</source>
        <translation>The lab could not be opened: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="422"/>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="424"/>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="426"/>
        <source>starting…</source>
        <translation>starting…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="428"/>
        <location filename="../app/gui/MainWindow.cpp" line="474"/>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="429"/>
        <source>lab ready on %1 (Redis %2)</source>
        <translation>lab ready on %1 (Redis %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="434"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="438"/>
        <source>opening %1 on the %2</source>
        <translation>opening %1 on the %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="451"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="453"/>
        <source>%1 on %2: %3%4</source>
        <translation>%1 on %2: %3%4</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="470"/>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="475"/>
        <source>lost, reconnecting</source>
        <translation>lost, reconnecting</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="477"/>
        <source>telemetry connected to %1</source>
        <translation>telemetry connected to %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="477"/>
        <source>telemetry lost Redis: %1</source>
        <translation>telemetry lost Redis: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="268"/>
        <location filename="../app/gui/MainWindow.cpp" line="526"/>
        <location filename="../app/gui/MainWindow.cpp" line="540"/>
        <source>%1: cannot write the PNG file</source>
        <translation>%1: cannot write the PNG file</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="533"/>
        <source>Export charts as PNG</source>
        <translation>Export charts as PNG</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="540"/>
        <source>Export charts</source>
        <translation>Export charts</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="541"/>
        <source>charts written to %1</source>
        <translation>charts written to %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="551"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="552"/>
        <source>The language changes when swarmlab starts again. Restart now?</source>
        <translation>The language changes when swarmlab starts again. Restart now?</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="572"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="572"/>
        <source>Restart the lab with the new backend settings now? Services running now will be stopped.</source>
        <translation>Restart the lab with the new backend settings now? Services running now will be stopped.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="584"/>
        <source>The lab could not be opened</source>
        <translation>The lab could not be opened</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="589"/>
        <source>stopping the lab…</source>
        <translation>stopping the lab…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="590"/>
        <source>Stopping the lab…</source>
        <translation>Stopping the lab…</translation>
    </message>
</context>
<context>
    <name>swarmlab::PalettePanel</name>
    <message>
        <location filename="../app/gui/PalettePanel.cpp" line="16"/>
        <source>Service palette</source>
        <translation>Service palette</translation>
    </message>
    <message>
        <location filename="../app/gui/PalettePanel.cpp" line="17"/>
        <source>Drag a service onto a node to deploy it (or press Enter to choose a node)</source>
        <translation>Drag a service onto a node to deploy it (or press Enter to choose a node)</translation>
    </message>
    <message>
        <location filename="../app/gui/PalettePanel.cpp" line="36"/>
        <source>Layers: %1</source>
        <translation>Layers: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PalettePanel.cpp" line="36"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../app/gui/PalettePanel.cpp" line="37"/>
        <source>Needs: %1</source>
        <translation>Needs: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PalettePanel.cpp" line="38"/>
        <source>Architectures: %1</source>
        <translation>Architectures: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PalettePanel.cpp" line="39"/>
        <source>Migrate/restart order: %1</source>
        <translation>Migrate/restart order: %1</translation>
    </message>
</context>
<context>
    <name>swarmlab::SettingsDialog</name>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="31"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="32"/>
        <source>&amp;Embedded lab (local processes, its own Redis)</source>
        <translation>&amp;Embedded lab (local processes, its own Redis)</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="33"/>
        <source>&amp;Docker Swarm endpoint</source>
        <translation>&amp;Docker Swarm endpoint</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="35"/>
        <source>DOCKER_HOST or unix:///var/run/docker.sock</source>
        <translation>DOCKER_HOST or unix:///var/run/docker.sock</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="36"/>
        <source>Use &amp;TLS with client certificates</source>
        <translation>Use &amp;TLS with client certificates</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="38"/>
        <source>folder with ca.pem, cert.pem, key.pem</source>
        <translation>folder with ca.pem, cert.pem, key.pem</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="39"/>
        <location filename="../app/gui/SettingsDialog.cpp" line="48"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="41"/>
        <source>TLS certificate folder</source>
        <translation>TLS certificate folder</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="45"/>
        <source>empty: the embedded lab starts its own redis-server</source>
        <translation>empty: the embedded lab starts its own redis-server</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="47"/>
        <source>empty: the shipped paper-2017 lab</source>
        <translation>empty: the shipped paper-2017 lab</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="50"/>
        <source>Lab file</source>
        <translation>Lab file</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="51"/>
        <source>Lab files (*.json)</source>
        <translation>Lab files (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="56"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="57"/>
        <source>Draw charts with &amp;OpenGL</source>
        <translation>Draw charts with &amp;OpenGL</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="59"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="63"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="67"/>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="69"/>
        <source>Certificates:</source>
        <translation>Certificates:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="71"/>
        <source>&amp;Redis URL:</source>
        <translation>&amp;Redis URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="72"/>
        <source>&amp;Lab file:</source>
        <translation>&amp;Lab file:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="73"/>
        <source>Chart &amp;window:</source>
        <translation>Chart &amp;window:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="75"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="84"/>
        <source>Backend, Redis and lab changes apply when the lab is restarted (Lab ▸ Restart lab); language at the next start.</source>
        <translation>Backend, Redis and lab changes apply when the lab is restarted (Lab ▸ Restart lab); language at the next start.</translation>
    </message>
</context>
<context>
    <name>swarmlab::SevenSegmentWidget</name>
    <message>
        <location filename="../app/gui/SevenSegmentWidget.cpp" line="37"/>
        <source>7-segment display mirror</source>
        <translation>7-segment display mirror</translation>
    </message>
</context>
<context>
    <name>swarmlab::TopologyModel</name>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="166"/>
        <source>%1… %2 ms</source>
        <translation>%1… %2 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="176"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="188"/>
        <source>unknown service template &apos;%1&apos;</source>
        <translation>unknown service template &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="190"/>
        <source>unknown node &apos;%1&apos;</source>
        <translation>unknown node &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="191"/>
        <source>%1 is down</source>
        <translation>%1 is down</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="192"/>
        <source>%1 is drained</source>
        <translation>%1 is drained</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="194"/>
        <source>%1 is not in a layer yet: drag it into a band first</source>
        <translation>%1 is not in a layer yet: drag it into a band first</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="209"/>
        <source>unknown service &apos;%1&apos;</source>
        <translation>unknown service &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="213"/>
        <source>%1 already runs on %2</source>
        <translation>%1 already runs on %2</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="350"/>
        <source>no first message after %1 s</source>
        <translation>no first message after %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="351"/>
        <source>no answer from the backend after %1 s</source>
        <translation>no answer from the backend after %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="369"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::TopologyScene</name>
    <message>
        <location filename="../app/gui/TopologyScene.cpp" line="183"/>
        <source>only services can be dropped on a node</source>
        <translation>only services can be dropped on a node</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyScene.cpp" line="191"/>
        <source>only node cards can be dropped on a band</source>
        <translation>only node cards can be dropped on a band</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyScene.cpp" line="198"/>
        <source>unknown node &apos;%1&apos;</source>
        <translation>unknown node &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyScene.cpp" line="200"/>
        <source>the embedded lab&apos;s layers come from its lab file</source>
        <translation>the embedded lab&apos;s layers come from its lab file</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyScene.cpp" line="202"/>
        <source>a node leaves its layer only by removing its swarmlab.layer label</source>
        <translation>a node leaves its layer only by removing its swarmlab.layer label</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyScene.cpp" line="204"/>
        <source>%1 is already in this layer</source>
        <translation>%1 is already in this layer</translation>
    </message>
</context>
<context>
    <name>swarmlab::TopologyView</name>
    <message>
        <location filename="../app/gui/TopologyView.cpp" line="24"/>
        <source>Lab topology</source>
        <translation>Lab topology</translation>
    </message>
</context>
</TS>
