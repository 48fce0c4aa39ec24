<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="237"/>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="312"/>
        <source>libcurl could not be initialised</source>
        <translation>não foi possível inicializar a libcurl</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="278"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="280"/>
        <source>no answer within %1 ms (%2)</source>
        <translation>sem resposta em %1 ms (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="281"/>
        <source>answer larger than %1 bytes</source>
        <translation>resposta maior do que %1 bytes</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="283"/>
        <source>%1: the engine&apos;s certificate is not trusted by %2/ca.pem, or does not name this host (%3)</source>
        <translation>%1: o certificado do motor não é reconhecido por %2/ca.pem ou não indica este anfitrião (%3)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="288"/>
        <source>%1: cannot use the certificates in %2 (%3)</source>
        <translation>%1: não é possível usar os certificados em %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="294"/>
        <source>%1: the TLS handshake failed; does the engine accept the client certificate %2/cert.pem? (%3)</source>
        <translation>%1: o handshake TLS falhou; o motor aceita o certificado de cliente %2/cert.pem? (%3)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="299"/>
        <source>cannot connect to %1: %2 (is the Docker Engine running? may this user open the socket?)</source>
        <translation>não é possível ligar a %1: %2 (o Docker Engine está a correr? este utilizador pode abrir o socket?)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="333"/>
        <source>stream failed</source>
        <translation>o fluxo falhou</translation>
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
        <translation>%1: esperava-se uma pasta de execução, não foi dada nenhuma pasta</translation>
    </message>
    <message>
        <location filename="../app/core/measure/RunJournal.cpp" line="110"/>
        <source>%1: expected a run folder: %2 (a run being recorded or interrupted) or metrics.csv and events.csv (a finished run), found neither</source>
        <translation>%1: esperava-se uma pasta de execução: %2 (uma execução a ser gravada ou interrompida) ou metrics.csv e events.csv (uma execução terminada), não se encontrou nenhum dos dois</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="210"/>
        <source>swarmlab console: orchestration lab for containerized IIoT microservices</source>
        <translation>consola swarmlab: laboratório de orquestração de microsserviços IIoT em contentores</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="215"/>
        <source>Lab file to open (default: the shipped paper-2017 lab).</source>
        <translation>Ficheiro de laboratório a abrir (por omissão: o laboratório paper-2017 incluído).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="219"/>
        <source>Redis URL to use instead of the embedded lab&apos;s own redis-server.</source>
        <translation>URL do Redis a usar em vez do redis-server próprio do laboratório embutido.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="223"/>
        <source>The password of that Redis: the first line of FILE (never on the command line).</source>
        <translation>A palavra-passe desse Redis: a primeira linha de FILE (nunca na linha de comandos).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="229"/>
        <source>Use the Docker Swarm at this endpoint (unix:///… or tcp://host:port).</source>
        <translation>Usar o Docker Swarm neste endpoint (unix:///… ou tcp://anfitrião:porta).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="233"/>
        <source>Language: en or pt (default: the system&apos;s).</source>
        <translation>Idioma: en ou pt (por omissão: o do sistema).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="236"/>
        <source>Start the embedded lab offscreen, run the paper scenario by drag and drop, save the window as PNG and exit.</source>
        <translation>Iniciar o laboratório embutido fora do ecrã, executar o cenário do artigo por arrastar e largar, guardar a janela em PNG e sair.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="242"/>
        <source>How long the scenario runs before the screenshot (default 16).</source>
        <translation>Quanto tempo o cenário corre antes da captura (por omissão 16).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="246"/>
        <source>Ignore saved settings (start as on a first run).</source>
        <translation>Ignorar as definições guardadas (arrancar como na primeira execução).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="249"/>
        <source>Print when the window was first drawn, then exit.</source>
        <translation>Indicar quando a janela foi desenhada pela primeira vez e sair.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="252"/>
        <source>Compare two run folders (give the option twice): their charts overlaid and their summaries side by side; no lab is started. With --screenshot, saves that window as PNG and exits.</source>
        <translation>Comparar duas pastas de execução (indique a opção duas vezes): os gráficos sobrepostos e os resumos lado a lado; nenhum laboratório é iniciado. Com --screenshot, guarda essa janela em PNG e sai.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="164"/>
        <source>--compare: expected two run folders, got %1</source>
        <translation>--compare: esperavam-se duas pastas de execução, foram dadas %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="169"/>
        <source>--screenshot-seconds: expected a positive number, got &apos;%1&apos;</source>
        <translation>--screenshot-seconds: esperava-se um número positivo, não &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="179"/>
        <source>The window&apos;s size for --screenshot, in logical pixels (default 1680x1000; 1600x1000 with --compare).</source>
        <translation>O tamanho da janela para --screenshot, em píxeis lógicos (por omissão 1680x1000; 1600x1000 com --compare).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="194"/>
        <source>--screenshot-size: expected WIDTHxHEIGHT such as 1366x768, got &apos;%1&apos;</source>
        <translation>--screenshot-size: esperava LARGURAxALTURA, como 1366x768, recebeu &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="374"/>
        <source>The lab could not be opened</source>
        <translation>Não foi possível abrir o laboratório</translation>
    </message>
</context>
<context>
    <name>swarmlab</name>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="13"/>
        <source>Enterprise</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="15"/>
        <source>Mediation</source>
        <translation>Mediação</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="17"/>
        <source>Sensing</source>
        <translation>Sensorização</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="19"/>
        <source>Unassigned</source>
        <translation>Sem camada</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="27"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="29"/>
        <source>Down</source>
        <translation>Em baixo</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="31"/>
        <source>Drain</source>
        <translation>Drenado</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="33"/>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="41"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="43"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="28"/>
        <source>starting</source>
        <translation>a iniciar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="45"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="30"/>
        <source>running</source>
        <translation>em execução</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="47"/>
        <location filename="../app/gui/GuiText.cpp" line="111"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="34"/>
        <source>stopping</source>
        <translation>a parar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="49"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="36"/>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="51"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="38"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="53"/>
        <source>rejected</source>
        <translation>rejeitado</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="61"/>
        <source>deploy</source>
        <translation>implantar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="63"/>
        <source>migrate</source>
        <translation>migrar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="65"/>
        <source>restart</source>
        <translation>reiniciar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="67"/>
        <source>stop</source>
        <translation>parar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="69"/>
        <source>scale</source>
        <translation>escalar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="71"/>
        <source>node down</source>
        <translation>desligar nó</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="73"/>
        <source>node up</source>
        <translation>ligar nó</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="75"/>
        <source>assign</source>
        <translation>atribuir</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="83"/>
        <source>deployed in %1 ms</source>
        <translation>implantado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="85"/>
        <source>migrated in %1 ms</source>
        <translation>migrado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="87"/>
        <source>restarted in %1 ms</source>
        <translation>reiniciado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="89"/>
        <source>stopped in %1 ms</source>
        <translation>parado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="91"/>
        <source>scaled in %1 ms</source>
        <translation>escalado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="93"/>
        <source>node down in %1 ms</source>
        <translation>nó desligado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="95"/>
        <source>node up in %1 ms</source>
        <translation>nó ligado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="97"/>
        <source>assigned in %1 ms</source>
        <translation>atribuído em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="105"/>
        <source>deploying</source>
        <translation>a implantar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="107"/>
        <source>migrating</source>
        <translation>a migrar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="109"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="32"/>
        <source>restarting</source>
        <translation>a reiniciar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="113"/>
        <source>scaling</source>
        <translation>a escalar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="115"/>
        <source>powering off</source>
        <translation>a desligar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="117"/>
        <source>powering on</source>
        <translation>a ligar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="119"/>
        <source>assigning</source>
        <translation>a atribuir</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="128"/>
        <source>Tray</source>
        <translation>Bandeja</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="138"/>
        <source>manager, cloud side</source>
        <translation>gestor, lado da nuvem</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="141"/>
        <source>gateways, storage</source>
        <translation>gateways, armazenamento</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="144"/>
        <source>end devices, displays</source>
        <translation>dispositivos finais, mostradores</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="147"/>
        <source>nodes without a swarmlab.layer label</source>
        <translation>nós sem a etiqueta swarmlab.layer</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="162"/>
        <source>Drop to put %1 in the %2 layer</source>
        <translation>Largue para pôr %1 na camada %2</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="293"/>
        <source>Redis down</source>
        <translation>Redis em baixo</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="295"/>
        <source>no machine</source>
        <translation>nenhuma máquina</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="314"/>
        <source>on %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="339"/>
        <source>Drop to make %1 host %2</source>
        <translation>Largue para %1 alojar %2</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="344"/>
        <source>Drop to deploy %1 on %2</source>
        <translation>Largue para implantar %1 em %2</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="345"/>
        <source>Drop to migrate %1 to %2</source>
        <translation>Largue para migrar %1 para %2</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="419"/>
        <source>%1 upd/s</source>
        <translation>%1 atual./s</translation>
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
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="42"/>
        <source>not started</source>
        <translation>não iniciado</translation>
    </message>
    <message>
        <location filename="../app/core/orchestrator/BackendFactory.cpp" line="46"/>
        <source>the Docker Swarm backend could not be built</source>
        <translation>não foi possível construir o backend Docker Swarm</translation>
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
        <translation>uso: swarmlab-cli swarm status
       swarmlab-cli swarm init [--heartbeat DURATION] [--advertise-addr ADDR]
       swarmlab-cli swarm leave
       swarmlab-cli swarm join-command   (o comando que um novo worker executa para se juntar)
       swarmlab-cli swarm label NODE [--name LABNAME] [--layer enterprise|mediation|sensing]
                                [--also LABNAME,...]   (outros nós do laboratório que este nó aloja)
                                [--caps CAPABILITY,...] (o que os serviços de failover podem precisar)
  Um valor vazio (--name &apos;&apos;) remove a etiqueta; --caps substitui todas as swarmlab.cap.*.
  --heartbeat: o heartbeat do dispatcher (por omissão 1s; o do próprio Swarm é 5s).
  DOCKER_HOST, DOCKER_TLS_VERIFY e DOCKER_CERT_PATH escolhem o motor; o TLS verifica o
  motor com ca.pem, a menos que seja dado --tls-insecure (qualquer comando).
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="348"/>
        <source>swarmlab-cli swarm: unknown command %1
</source>
        <translation>swarmlab-cli swarm: comando desconhecido %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="360"/>
        <source>swarmlab-cli swarm: warning: %1
</source>
        <translation>swarmlab-cli swarm: aviso: %1
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/CommandTracker.cpp" line="55"/>
        <source>engine not answering (%1)</source>
        <translation>o motor não responde (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="79"/>
        <source>%1 missing: the CA that verifies the engine (TLS without verification only when asked for: swarmlab-cli --tls-insecure, or the console&apos;s Settings)</source>
        <translation>falta %1: a CA que verifica o motor (TLS sem verificação só quando pedido: swarmlab-cli --tls-insecure, ou nas Definições da consola)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="83"/>
        <source>%1 missing: the client certificate for TLS</source>
        <translation>falta %1: o certificado de cliente para TLS</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="95"/>
        <source>%1 %2: expected tcp://HOST:PORT</source>
        <translation>%1 %2: esperado tcp://HOST:PORT</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="47"/>
        <source>%1.%2: expected an object, found %3</source>
        <translation>%1.%2: esperava-se um objeto, encontrado %3</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="60"/>
        <source>%1.%2: expected an array, found %3</source>
        <translation>%1.%2: esperava-se um array, encontrado %3</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="372"/>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="389"/>
        <source>node Spec: expected an object, found %1</source>
        <translation>Spec do nó: esperava-se um objeto, encontrado %1</translation>
    </message>
    <message>
        <location filename="../app/core/model/LabTrust.cpp" line="78"/>
        <source>environment %1=%2</source>
        <translation>ambiente %1=%2</translation>
    </message>
    <message>
        <location filename="../app/core/model/LabTrust.cpp" line="86"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/model/LabTrust.cpp" line="95"/>
        <source>template &quot;%1&quot;: %2</source>
        <translation>modelo &quot;%1&quot;: %2</translation>
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
        <translation>uso: swarmlab-cli images start [--addr IP] [--port PORT]
       swarmlab-cli images push [--arch amd64|arm64|all] [--tag TAG] [--no-build]
       swarmlab-cli images status|address|ca|stop [--purge]
  start: o registo do laboratório como serviço Swarm swarmlab-registry neste gestor
  push:  constrói as imagens do laboratório e envia-as, um nome multi-arquitetura cada
  depois: swarmlab-cli run ... --backend swarm --registry $(swarmlab-cli images address)
</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="50"/>
        <source>swarmlab-cli images: lab-registry.sh not found (looked at %1)</source>
        <translation>swarmlab-cli images: lab-registry.sh não encontrado (procurado em %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="61"/>
        <source>swarmlab-cli images: cannot run bash %1: %2</source>
        <translation>swarmlab-cli images: não é possível executar bash %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/model/LabFileEdit.cpp" line="35"/>
        <source>name: expected 1-63 letters, digits, &apos;_&apos; or &apos;-&apos;, got &quot;%1&quot;</source>
        <translation>nome: esperavam-se 1-63 letras, dígitos, &apos;_&apos; ou &apos;-&apos;, não &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/model/LabFileEdit.cpp" line="40"/>
        <source>name: expected a name no node of lab %1 has, got &quot;%2&quot;</source>
        <translation>nome: esperava-se um nome que nenhum nó do laboratório %1 tenha, não &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/model/LabFileEdit.cpp" line="54"/>
        <source>expected a file of at most %1 bytes, got %2 bytes</source>
        <translation>esperava-se um ficheiro de no máximo %1 bytes, tem %2 bytes</translation>
    </message>
    <message>
        <location filename="../app/core/model/LabFileEdit.cpp" line="57"/>
        <source>cannot read: %1</source>
        <translation>não é possível ler: %1</translation>
    </message>
    <message>
        <location filename="../app/core/model/LabFileEdit.cpp" line="68"/>
        <source>$.nodes: expected an array</source>
        <translation>$.nodes: esperava-se um array</translation>
    </message>
    <message>
        <location filename="../app/core/model/LabFileEdit.cpp" line="78"/>
        <source>cannot write: %1</source>
        <translation>não é possível escrever: %1</translation>
    </message>
</context>
<context>
    <name>swarmlab::AddDeviceDialog</name>
    <message>
        <location filename="../app/gui/panels/AddDeviceDialog.cpp" line="33"/>
        <source>Add %1 as a new device</source>
        <translation>Adicionar %1 como novo dispositivo</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AddDeviceDialog.cpp" line="43"/>
        <source>display, redis, … (comma-separated)</source>
        <translation>display, redis, … (separados por vírgulas)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AddDeviceDialog.cpp" line="44"/>
        <source>Lab &amp;name:</source>
        <translation>&amp;Nome no laboratório:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AddDeviceDialog.cpp" line="45"/>
        <source>&amp;Layer:</source>
        <translation>&amp;Camada:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AddDeviceDialog.cpp" line="46"/>
        <source>&amp;Architecture:</source>
        <translation>&amp;Arquitetura:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AddDeviceDialog.cpp" line="47"/>
        <source>&amp;Capabilities:</source>
        <translation>&amp;Capacidades:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AddDeviceDialog.cpp" line="48"/>
        <source>The machine %1 becomes a node of the lab %2: the node is added to the lab file %3 and the machine is labelled to host it.</source>
        <translation>A máquina %1 passa a ser um nó do laboratório %2: o nó é adicionado ao ficheiro de laboratório %3 e a máquina é etiquetada para o alojar.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AddDeviceDialog.cpp" line="57"/>
        <source>&amp;Add to the lab</source>
        <translation>&amp;Adicionar ao laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AddDeviceDialog.cpp" line="87"/>
        <source>capabilities: expected names of 1-63 letters, digits, &apos;_&apos; or &apos;-&apos;, got &quot;%1&quot;</source>
        <translation>capacidades: esperavam-se nomes de 1-63 letras, dígitos, &apos;_&apos; ou &apos;-&apos;, não &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>swarmlab::AppSettings</name>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="95"/>
        <source>&apos;%1&apos; has no socket path</source>
        <translation>&apos;%1&apos; não tem caminho de socket</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="104"/>
        <source>&apos;%1&apos; has no host</source>
        <translation>&apos;%1&apos; não tem anfitrião</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="82"/>
        <source>Redis URL not usable: %1</source>
        <translation>URL do Redis inutilizável: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="89"/>
        <source>&apos;%1&apos; is not an endpoint; expected unix:///var/run/docker.sock or tcp://host:2376</source>
        <translation>&apos;%1&apos; não é um endpoint; esperado unix:///var/run/docker.sock ou tcp://anfitrião:2376</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="100"/>
        <source>&apos;%1&apos; has scheme &apos;%2&apos;; expected unix:// or tcp://</source>
        <translation>&apos;%1&apos; tem o esquema &apos;%2&apos;; esperado unix:// ou tcp://</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="106"/>
        <source>&apos;%1&apos; needs a port between 1 and 65535 (2375 plain, 2376 TLS)</source>
        <translation>&apos;%1&apos; precisa de uma porta entre 1 e 65535 (2375 simples, 2376 TLS)</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="123"/>
        <source>Lab registry: %1</source>
        <translation>Registo do laboratório: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="129"/>
        <source>Docker endpoint: %1</source>
        <translation>Endpoint Docker: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="133"/>
        <source>TLS certificates: a folder with ca.pem, cert.pem and key.pem is needed for TLS</source>
        <translation>Certificados TLS: o TLS precisa de uma pasta com ca.pem, cert.pem e key.pem</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="137"/>
        <source>TLS certificates: &apos;%1&apos; is not a folder</source>
        <translation>Certificados TLS: &apos;%1&apos; não é uma pasta</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="145"/>
        <source>TLS certificates: %1 is missing or unreadable</source>
        <translation>Certificados TLS: %1 não existe ou não pode ser lido</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="155"/>
        <source>Redis URL: %1</source>
        <translation>URL do Redis: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="160"/>
        <source>Lab file: &apos;%1&apos; does not exist</source>
        <translation>Ficheiro de laboratório: &apos;%1&apos; não existe</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="164"/>
        <source>Lab file: &apos;%1&apos; cannot be read</source>
        <translation>Ficheiro de laboratório: &apos;%1&apos; não pode ser lido</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="169"/>
        <source>Chart window: %1 s; expected 30 to 600 s</source>
        <translation>Janela dos gráficos: %1 s; esperado 30 a 600 s</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="173"/>
        <source>Language: &apos;%1&apos;; expected en, pt or empty (system)</source>
        <translation>Idioma: &apos;%1&apos;; esperado en, pt ou vazio (sistema)</translation>
    </message>
</context>
<context>
    <name>swarmlab::ChartPanel</name>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="139"/>
        <source>lab time (s)</source>
        <translation>tempo do laboratório (s)</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="137"/>
        <source>Publish and display update rate (Fig. 3)</source>
        <translation>Taxa de publicação e de atualização dos mostradores (Fig. 3)</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="140"/>
        <source>per second</source>
        <translation>por segundo</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="138"/>
        <source>Display lag (Fig. 4)</source>
        <translation>Atraso dos mostradores (Fig. 4)</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="141"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="142"/>
        <source>Rates chart</source>
        <translation>Gráfico das taxas</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="143"/>
        <source>Lag chart</source>
        <translation>Gráfico do atraso</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="144"/>
        <source>Chart series</source>
        <translation>Séries do gráfico</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="146"/>
        <source>Click a series to show or hide it; open a summary to drill down to single instances</source>
        <translation>Clique numa série para a mostrar ou esconder; abra um resumo para ver as instâncias individuais</translation>
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
        <translation>Janela de tempo mostrada pelos gráficos</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="154"/>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="211"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="155"/>
        <source>Freeze the charts; data keeps being recorded</source>
        <translation>Congelar os gráficos; os dados continuam a ser registados</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="153"/>
        <source>&amp;Window:</source>
        <translation>&amp;Janela:</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="154"/>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="211"/>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="156"/>
        <source>&amp;Series</source>
        <translation>&amp;Séries</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="157"/>
        <source>Show or hide the list of series beside the charts</source>
        <translation>Mostrar ou esconder a lista de séries ao lado dos gráficos</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="163"/>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="329"/>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="182"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="185"/>
        <source>publish/s total</source>
        <translation>publicações/s total</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="186"/>
        <source>updates/s min</source>
        <translation>atualizações/s mínimo</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="187"/>
        <source>updates/s mean</source>
        <translation>atualizações/s média</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="188"/>
        <source>lag p99 worst</source>
        <translation>atraso p99 pior</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="192"/>
        <source>%1 publish/s</source>
        <translation>%1 publicações/s</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="193"/>
        <source>%1 updates/s</source>
        <translation>%1 atualizações/s</translation>
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
        <translation>%1: sem dados</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="579"/>
        <source>%1 of %2 series shown, tick %3 ms</source>
        <translation>%1 de %2 séries mostradas, intervalo %3 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="590"/>
        <source>swarmlab charts</source>
        <translation>gráficos swarmlab</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="591"/>
        <source>%1: cannot write the image file</source>
        <translation>%1: não foi possível escrever o ficheiro de imagem</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="190"/>
        <source>%1 lag p50</source>
        <translation>%1 atraso p50</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="191"/>
        <source>%1 lag p99</source>
        <translation>%1 atraso p99</translation>
    </message>
</context>
<context>
    <name>swarmlab::CommandTracker</name>
    <message>
        <location filename="../app/core/swarm/CommandTracker.cpp" line="104"/>
        <source>nothing came back for %1 s</source>
        <translation>nada chegou durante %1 s</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/CommandTracker.cpp" line="105"/>
        <source>not converged after %1 s</source>
        <translation>não convergiu após %1 s</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/CommandTracker.cpp" line="107"/>
        <source>no answer to the request within %1 s</source>
        <translation>sem resposta ao pedido em %1 s</translation>
    </message>
</context>
<context>
    <name>swarmlab::ComparisonCharts</name>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="135"/>
        <source>%1 publish/s</source>
        <translation>%1 publicações/s</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="136"/>
        <source>%1 updates/s</source>
        <translation>%1 atualizações/s</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="137"/>
        <source>%1 lag p50 (ms)</source>
        <translation>%1 atraso p50 (ms)</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="138"/>
        <source>%1 lag p99 (ms)</source>
        <translation>%1 atraso p99 (ms)</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="142"/>
        <source>t = %1 s</source>
        <translation>t = %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="147"/>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="153"/>
        <source>swarmlab: two runs compared</source>
        <translation>swarmlab: duas execuções comparadas</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="157"/>
        <source>Fig. 3: publishes and display updates per second</source>
        <translation>Fig. 3: publicações e atualizações dos mostradores por segundo</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="158"/>
        <source>Fig. 4: display lag</source>
        <translation>Fig. 4: atraso dos mostradores</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="159"/>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="160"/>
        <source>seconds since the run&apos;s start</source>
        <translation>segundos desde o início da execução</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ComparisonCharts.cpp" line="161"/>
        <source>per second</source>
        <translation>por segundo</translation>
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
        <translation>Nenhum subscritor em execução: implante um num dispositivo final para ver aqui os seus mostradores.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SevenSegmentWidget.cpp" line="116"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; em %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::DockerEndpoint</name>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="122"/>
        <source>Docker host</source>
        <translation>Anfitrião Docker</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="132"/>
        <source>%1 %2: no socket path after unix://</source>
        <translation>%1 %2: sem caminho de socket após unix://</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="140"/>
        <source>%1 %2: expected unix:///path or tcp://HOST:PORT</source>
        <translation>%1 %2: esperado unix:///path ou tcp://HOST:PORT</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="154"/>
        <source>TLS to %1 without verifying the engine&apos;s certificate: anyone on the way can pose as the engine</source>
        <translation>TLS para %1 sem verificar o certificado do motor: qualquer pessoa no caminho pode fazer-se passar pelo motor</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="158"/>
        <source>plain tcp:// to %1: anyone on the network can read and drive this Docker Engine; use TLS (DOCKER_TLS_VERIFY=1 and certificates in DOCKER_CERT_PATH)</source>
        <translation>tcp:// simples para %1: qualquer pessoa na rede pode ler e comandar este Docker Engine; use TLS (DOCKER_TLS_VERIFY=1 e certificados em DOCKER_CERT_PATH)</translation>
    </message>
</context>
<context>
    <name>swarmlab::DockerEventStream</name>
    <message>
        <location filename="../app/core/swarm/DockerEventStream.cpp" line="101"/>
        <source>the engine closed the event stream</source>
        <translation>o motor fechou o fluxo de eventos</translation>
    </message>
</context>
<context>
    <name>swarmlab::ExperimentRunner</name>
    <message>
        <location filename="../app/core/measure/ExperimentRunner.cpp" line="91"/>
        <source>step %1: no service template &quot;%2&quot; in lab &quot;%3&quot;</source>
        <translation>passo %1: não há modelo de serviço &quot;%2&quot; no laboratório &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>swarmlab::ExperimentsPanel</name>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="90"/>
        <source>Experiment timeline</source>
        <translation>Cronograma da experiência</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="91"/>
        <source>&amp;Timeline…</source>
        <translation>&amp;Cronograma…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="92"/>
        <source>Open another timeline file</source>
        <translation>Abrir outro ficheiro de cronograma</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="93"/>
        <source>time ×</source>
        <translation>tempo ×</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="94"/>
        <source>Duration scale: every step time and the duration are multiplied by it</source>
        <translation>Escala da duração: o instante de cada passo e a duração são multiplicados por ela</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="95"/>
        <source>&amp;Run</source>
        <translation>&amp;Executar</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="96"/>
        <source>St&amp;op</source>
        <translation>Pa&amp;rar</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="97"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="98"/>
        <source>Charts as &amp;PNG…</source>
        <translation>Gráficos em &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="99"/>
        <source>Open &amp;run folder…</source>
        <translation>Abrir pasta de e&amp;xecução…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="100"/>
        <source>%v / %m s</source>
        <translation>%v / %m s</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="169"/>
        <source>Open a run folder (its journal, or metrics.csv and events.csv)</source>
        <translation>Abrir uma pasta de execução (o seu diário, ou metrics.csv e events.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="86"/>
        <source>Choose a timeline and press Run.</source>
        <translation>Escolha um cronograma e prima Executar.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="101"/>
        <source>at (s)</source>
        <translation>em (s)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="101"/>
        <source>action</source>
        <translation>ação</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="101"/>
        <source>service</source>
        <translation>serviço</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="101"/>
        <source>node</source>
        <translation>nó</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="101"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="102"/>
        <source>Timeline steps</source>
        <translation>Passos do cronograma</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="104"/>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="104"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="104"/>
        <source>unit</source>
        <translation>unidade</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="104"/>
        <source>detail</source>
        <translation>detalhe</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="104"/>
        <source>paper 2017 (ratio)</source>
        <translation>artigo 2017 (razão)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="105"/>
        <source>Run summary</source>
        <translation>Resumo da execução</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="150"/>
        <source>Open timeline</source>
        <translation>Abrir cronograma</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="151"/>
        <source>Timelines (*.json)</source>
        <translation>Cronogramas (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="161"/>
        <source>Export the run&apos;s CSV files to</source>
        <translation>Exportar os ficheiros CSV da execução para</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="164"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="172"/>
        <source>Open run</source>
        <translation>Abrir execução</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="237"/>
        <source>The lab is not ready yet.</source>
        <translation>O laboratório ainda não está pronto.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="244"/>
        <source>%1 cannot run:
%2</source>
        <translation>%1 não pode ser executado:
%2</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="245"/>
        <source>timeline %1 rejected: %2</source>
        <translation>cronograma %1 rejeitado: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="251"/>
        <source>Run this timeline?</source>
        <translation>Executar este cronograma?</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="252"/>
        <source>The timeline %1 names the lab file %2, outside the timeline&apos;s own folder.

The console runs it on the open lab (%3) and does not load that file; the command line would refuse it without --allow-outside-lab. Run the timeline?</source>
        <translation>O cronograma %1 indica o ficheiro de laboratório %2, fora da pasta do próprio cronograma.

A consola executa-o no laboratório aberto (%3) e não carrega esse ficheiro; a linha de comandos recusá-lo-ia sem --allow-outside-lab. Executar o cronograma?</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="256"/>
        <source>timeline %1 not run: its lab %2 lies outside its folder</source>
        <translation>cronograma %1 não executado: o seu laboratório %2 está fora da sua pasta</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="266"/>
        <source>Run cancelled: the services running were left as they are.</source>
        <translation>Execução cancelada: os serviços em execução ficaram como estavam.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="274"/>
        <source>Run experiment</source>
        <translation>Executar experiência</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="275"/>
        <source>Stop %n running service(s) and start from a clean lab?</source>
        <translation>
            <numerusform>Parar %n serviço em execução e começar com um laboratório limpo?</numerusform>
            <numerusform>Parar %n serviços em execução e começar com um laboratório limpo?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="278"/>
        <source>An experiment deploys its own services; %1 are running now.</source>
        <translation>Uma experiência implanta os seus próprios serviços; neste momento estão em execução: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="280"/>
        <source>Stop them and &amp;run</source>
        <translation>Pará-los e e&amp;xecutar</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="288"/>
        <source>Stopping %n service(s) before the run…</source>
        <translation>
            <numerusform>A parar %n serviço antes da execução…</numerusform>
            <numerusform>A parar %n serviços antes da execução…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="307"/>
        <source>The lab could not be cleared: %1</source>
        <translation>Não foi possível limpar o laboratório: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="326"/>
        <source>the run is not journaled: %1</source>
        <translation>a execução não é registada no diário: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="336"/>
        <source>waiting</source>
        <translation>em espera</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="344"/>
        <source>Running %1: %2 of %3 s</source>
        <translation>A executar %1: %2 de %3 s</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="352"/>
        <source>failed: %1</source>
        <translation>falhou: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="355"/>
        <source>step %1 failed: %2</source>
        <translation>o passo %1 falhou: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="358"/>
        <source>Ending: stopping services and collecting the last metrics…</source>
        <translation>A terminar: a parar os serviços e a recolher as últimas métricas…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="363"/>
        <source>experiment %1 started (time ×%2), journaled to %3</source>
        <translation>experiência %1 iniciada (tempo ×%2), registada no diário em %3</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="413"/>
        <source>%1 (overlap)</source>
        <translation>%1 (sobreposição)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="436"/>
        <source>overlap: both the old and the new instance showed updates</source>
        <translation>sobreposição: a instância antiga e a nova mostraram atualizações ao mesmo tempo</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="477"/>
        <source>Its files could not be rewritten: %1</source>
        <translation>Não foi possível reescrever os seus ficheiros: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="377"/>
        <source>fired (command %1)</source>
        <translation>disparado (comando %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="388"/>
        <source>Run stopped early; what was recorded is shown and can be exported.</source>
        <translation>Execução interrompida; o que foi registado é mostrado e pode ser exportado.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="389"/>
        <source>Run finished: %1 metrics, %2 events recorded.</source>
        <translation>Execução terminada: %1 métricas e %2 eventos registados.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="393"/>
        <source>experiment %1 %2</source>
        <translation>experiência %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="393"/>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="393"/>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="416"/>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="421"/>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="434"/>
        <source>better than the paper</source>
        <translation>melhor do que o artigo</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="445"/>
        <source>No run to export yet.</source>
        <translation>Ainda não há nenhuma execução para exportar.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="454"/>
        <source>CSV written to %1 (metrics.csv, events.csv, summary.csv)</source>
        <translation>CSV escrito em %1 (metrics.csv, events.csv, summary.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="473"/>
        <source>Run read from %1: interrupted (it did not finish).</source>
        <translation>Execução lida de %1: interrompida (não terminou).</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="474"/>
        <source>Run read from %1.</source>
        <translation>Execução lida de %1.</translation>
    </message>
</context>
<context>
    <name>swarmlab::LabController</name>
    <message>
        <location filename="../app/gui/LabController.cpp" line="48"/>
        <location filename="../app/gui/LabController.cpp" line="216"/>
        <source>Cannot %1: no backend is connected</source>
        <translation>Não é possível %1: nenhum backend está ligado</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="69"/>
        <source>deploy %1 on %2</source>
        <translation>implantar %1 em %2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="81"/>
        <source>migrate %1 from %2 to %3 (%4)</source>
        <translation>migrar %1 de %2 para %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="88"/>
        <location filename="../app/gui/LabController.cpp" line="98"/>
        <location filename="../app/gui/LabController.cpp" line="108"/>
        <source>unknown service &apos;%1&apos;</source>
        <translation>serviço desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="92"/>
        <source>restart %1</source>
        <translation>reiniciar %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="102"/>
        <source>stop %1</source>
        <translation>parar %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="112"/>
        <source>replicas must be 0 or more, not %1</source>
        <translation>as réplicas têm de ser 0 ou mais, não %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="116"/>
        <source>scale %1 to %2</source>
        <translation>escalar %1 para %2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="122"/>
        <location filename="../app/gui/LabController.cpp" line="132"/>
        <location filename="../app/gui/LabController.cpp" line="143"/>
        <source>unknown node &apos;%1&apos;</source>
        <translation>nó desconhecido &apos;%1&apos;</translation>
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
        <translation>a camada de %1 vem do ficheiro do laboratório neste backend</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="151"/>
        <source>%1: %2 to the %3 layer</source>
        <translation>%1: %2 à camada %3</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="163"/>
        <source>%1 to host %2</source>
        <translation>%1 para alojar %2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="172"/>
        <source>unknown machine &apos;%1&apos;</source>
        <translation>máquina desconhecida &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="174"/>
        <source>on this backend every lab node runs where the lab file puts it</source>
        <translation>neste backend cada nó do laboratório corre onde o ficheiro de laboratório o coloca</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="176"/>
        <source>the lab was not opened from a file: there is no file to add %1 to</source>
        <translation>o laboratório não foi aberto a partir de um ficheiro: não há ficheiro ao qual adicionar %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="184"/>
        <source>%1 is a lab shipped with swarmlab: copy it to a folder of your own, open the copy (Settings, lab file) and add %2 there</source>
        <translation>%1 é um laboratório incluído no swarmlab: copie-o para uma pasta sua, abra a cópia (Definições, ficheiro de laboratório) e adicione %2 aí</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="192"/>
        <source>adding %1 to %2</source>
        <translation>a adicionar %1 a %2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="211"/>
        <source>%1: node %2 added</source>
        <translation>%1: nó %2 adicionado</translation>
    </message>
</context>
<context>
    <name>swarmlab::LabSession</name>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="49"/>
        <source>No lab file: the shipped resources were not found (set SWARMLAB_RESOURCES_DIR or choose a lab file in Settings)</source>
        <translation>Nenhum ficheiro de laboratório: os recursos incluídos não foram encontrados (defina SWARMLAB_RESOURCES_DIR ou escolha um ficheiro de laboratório nas Definições)</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="66"/>
        <source>SWARMLAB_REGISTRY: %1</source>
        <translation>SWARMLAB_REGISTRY: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="66"/>
        <source>Lab registry: %1</source>
        <translation>Registo do laboratório: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="135"/>
        <source>Docker Swarm at %1</source>
        <translation>Docker Swarm em %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="136"/>
        <source>DOCKER_HOST / local socket</source>
        <translation>DOCKER_HOST / socket local</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="138"/>
        <source>embedded lab</source>
        <translation>laboratório embutido</translation>
    </message>
</context>
<context>
    <name>swarmlab::LocalOrchestrator</name>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="91"/>
        <source>start redis-server</source>
        <translation>iniciar o redis-server</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="98"/>
        <source>cannot create a private temporary folder</source>
        <translation>não é possível criar uma pasta temporária privada</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="134"/>
        <source>the lab&apos;s redis-server %1</source>
        <translation>o redis-server do laboratório %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="144"/>
        <source>; restarting by policy</source>
        <translation>; a reiniciar pela política</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="179"/>
        <source>read events</source>
        <translation>ler eventos</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="189"/>
        <source>powered off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="271"/>
        <source>the lab&apos;s Redis at %1</source>
        <translation>o Redis do laboratório em %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="369"/>
        <source>the embedded lab is not started</source>
        <translation>o laboratório embutido não está iniciado</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="371"/>
        <source>a service named &quot;%1&quot; exists</source>
        <translation>já existe um serviço chamado &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="455"/>
        <source>node %1 is down</source>
        <translation>o nó %1 está em baixo</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="388"/>
        <source>could not start</source>
        <translation>não foi possível iniciar</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="397"/>
        <source>service was removed meanwhile</source>
        <translation>o serviço foi removido entretanto</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="403"/>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="414"/>
        <source>could not start the new instance</source>
        <translation>não foi possível iniciar a nova instância</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="237"/>
        <source>no service &quot;%1&quot;</source>
        <translation>não há serviço &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="481"/>
        <source>replicas must be 0..1000, got %1</source>
        <translation>as réplicas têm de estar entre 0 e 1000, não %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="496"/>
        <source>could not start an instance</source>
        <translation>não foi possível iniciar uma instância</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="504"/>
        <source>no node &quot;%1&quot; in the lab</source>
        <translation>não há nó &quot;%1&quot; no laboratório</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalReplication.cpp" line="29"/>
        <source>start the replicated Redis</source>
        <translation>iniciar o Redis replicado</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalReplication.cpp" line="33"/>
        <source>%1&apos;s Redis process %2</source>
        <translation>processo Redis %2 de %1</translation>
    </message>
</context>
<context>
    <name>swarmlab::LogPanel</name>
    <message>
        <location filename="../app/gui/panels/LogPanel.cpp" line="18"/>
        <source>All services</source>
        <translation>Todos os serviços</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/LogPanel.cpp" line="19"/>
        <source>Service logs</source>
        <translation>Registos dos serviços</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/LogPanel.cpp" line="20"/>
        <source>&amp;Service:</source>
        <translation>&amp;Serviço:</translation>
    </message>
</context>
<context>
    <name>swarmlab::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="361"/>
        <source>swarmlab console</source>
        <translation>consola swarmlab</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="373"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="71"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="83"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="256"/>
        <source>Backend: none</source>
        <translation>Backend: nenhum</translation>
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
        <translation>não usado</translation>
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
        <translation>não ligado</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="376"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="74"/>
        <source>lab time —</source>
        <translation>tempo do laboratório —</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="186"/>
        <source>Refused: %1</source>
        <translation>Recusado: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="187"/>
        <source>refused: %1</source>
        <translation>recusado: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="226"/>
        <source>lab time %1 UTC</source>
        <translation>tempo do laboratório %1 UTC</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="367"/>
        <location filename="../app/gui/MainWindow.cpp" line="369"/>
        <source>Event log</source>
        <translation>Registo de eventos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="362"/>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="317"/>
        <source>PNG images, 300 dpi (*.png);;SVG drawings (*.svg)</source>
        <translation>Imagens PNG, 300 dpi (*.png);;Desenhos SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="352"/>
        <source>language: %1</source>
        <translation>idioma: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="363"/>
        <source>Displays</source>
        <translation>Mostradores</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="364"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="365"/>
        <source>Experiments</source>
        <translation>Experiências</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="366"/>
        <source>Runs</source>
        <translation>Execuções</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="368"/>
        <source>Service logs</source>
        <translation>Registos dos serviços</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="370"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="71"/>
        <source>&amp;Deploy on node…</source>
        <translation>&amp;Implantar no nó…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="72"/>
        <source>Deploy a service template on the selected node</source>
        <translation>Implantar um modelo de serviço no nó selecionado</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="73"/>
        <source>&amp;Migrate to…</source>
        <translation>&amp;Migrar para…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="74"/>
        <source>Move the selected service to another node</source>
        <translation>Mover o serviço selecionado para outro nó</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="75"/>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="76"/>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="77"/>
        <source>S&amp;cale…</source>
        <translation>&amp;Escalar…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="78"/>
        <source>Show &amp;logs</source>
        <translation>Mostrar &amp;registos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="79"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="80"/>
        <source>Zoom &amp;out</source>
        <translation>Red&amp;uzir</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="81"/>
        <source>&amp;Fit topology</source>
        <translation>&amp;Ajustar topologia</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="82"/>
        <source>&amp;Pause charts</source>
        <translation>&amp;Pausar gráficos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="83"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Definições…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="84"/>
        <source>Restart &amp;lab</source>
        <translation>Reiniciar &amp;laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="85"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="87"/>
        <source>Save &amp;window as PNG…</source>
        <translation>Guardar &amp;janela em PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="88"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="128"/>
        <source>Scale %1</source>
        <translation>Escalar %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="128"/>
        <source>Replicas:</source>
        <translation>Réplicas:</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="328"/>
        <source>Save window as PNG</source>
        <translation>Guardar janela em PNG</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="328"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="333"/>
        <source>Save window</source>
        <translation>Guardar janela</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="335"/>
        <source>window written to %1</source>
        <translation>janela escrita em %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="91"/>
        <source>&amp;Lab</source>
        <translation>&amp;Laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="92"/>
        <source>&amp;Settings</source>
        <translation>&amp;Definições</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="93"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="97"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="94"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="89"/>
        <source>&amp;About swarmlab</source>
        <translation>&amp;Acerca do swarmlab</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="185"/>
        <source>About swarmlab</source>
        <translation>Acerca do swarmlab</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="186"/>
        <source>&lt;b&gt;swarmlab %1&lt;/b&gt;&lt;p&gt;Orchestration lab for containerized IIoT microservices: deploy and migrate services by drag and drop, watch publish rate, display updates and lag live, replay the 2017 experiment.&lt;/p&gt;</source>
        <translation>&lt;b&gt;swarmlab %1&lt;/b&gt;&lt;p&gt;Laboratório de orquestração de microsserviços IIoT em contentores: implante e migre serviços arrastando e largando, veja ao vivo a taxa de publicação, as atualizações dos mostradores e o atraso, e repita a experiência de 2017.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="95"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="86"/>
        <source>Export charts as &amp;PNG or SVG…</source>
        <translation>Exportar gráficos em &amp;PNG ou SVG…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="250"/>
        <source>&amp;Drain node</source>
        <translation>&amp;Drenar nó</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="250"/>
        <source>Node &amp;down (power off)</source>
        <translation>&amp;Desligar nó (cortar energia)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="251"/>
        <source>&amp;Activate node</source>
        <translation>&amp;Ativar nó</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="251"/>
        <source>Node &amp;up (power on)</source>
        <translation>&amp;Ligar nó (dar energia)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="255"/>
        <source>Deploy on %1</source>
        <translation>Implantar em %1</translation>
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
        <translation>Migrar %1 para</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="283"/>
        <source>Deploy %1 on %2</source>
        <translation>Implantar %1 em %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="299"/>
        <source>&amp;Host lab node</source>
        <translation>&amp;Alojar nó do laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="310"/>
        <source>&amp;Add as new device…</source>
        <translation>&amp;Adicionar como novo dispositivo…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="325"/>
        <source>&amp;Migrate to</source>
        <translation>&amp;Migrar para</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="330"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Implantar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="81"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="90"/>
        <source>lab: %1</source>
        <translation>laboratório: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="82"/>
        <source>The lab could not be opened: %1</source>
        <translation>Não foi possível abrir o laboratório: %1</translation>
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
        <translation>a ligar…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="142"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="163"/>
        <source>starting…</source>
        <translation>a iniciar…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="144"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="176"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="220"/>
        <source>connected</source>
        <translation>ligado</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="146"/>
        <source>lab ready on %1 (Redis %2)</source>
        <translation>laboratório pronto em %1 (Redis %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="251"/>
        <source>lab stopped</source>
        <translation>laboratório parado</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="253"/>
        <source>the backend did not finish stopping within %1 s; closing without it</source>
        <translation>o backend não terminou de parar em %1 s; a fechar sem ele</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="131"/>
        <source>opening %1 on the %2</source>
        <translation>a abrir %1 no %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="30"/>
        <source>waiting for a machine to host %1</source>
        <translation>à espera de uma máquina que aloje %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="89"/>
        <source>%1: its commands were not confirmed</source>
        <translation>%1: os seus comandos não foram confirmados</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="97"/>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="109"/>
        <source>Run these commands?</source>
        <translation>Executar estes comandos?</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="110"/>
        <source>The lab file %1 runs programs other than swarmlab&apos;s agents and redis-server:

%2

A lab file is code: run them only if you trust whoever wrote it.</source>
        <translation>O ficheiro de laboratório %1 executa programas que não são os agentes do swarmlab nem o redis-server:

%2

Um ficheiro de laboratório é código: execute-os apenas se confiar em quem o escreveu.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="116"/>
        <source>&amp;Run them</source>
        <translation>&amp;Executá-los</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="117"/>
        <source>&amp;Do not open the lab</source>
        <translation>&amp;Não abrir o laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="178"/>
        <source>not answering</source>
        <translation>não responde</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="194"/>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="196"/>
        <source>%1 on %2: %3%4</source>
        <translation>%1 em %2: %3%4</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="214"/>
        <source>%1 on %2: %3</source>
        <translation>%1 em %2: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="222"/>
        <source>lost, reconnecting</source>
        <translation>perdido, a religar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="224"/>
        <source>telemetry connected to %1</source>
        <translation>telemetria ligada a %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="225"/>
        <source>telemetry lost Redis: %1</source>
        <translation>a telemetria perdeu o Redis: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="307"/>
        <location filename="../app/gui/MainWindow.cpp" line="333"/>
        <source>%1: cannot write the PNG file</source>
        <translation>%1: não foi possível escrever o ficheiro PNG</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="316"/>
        <location filename="../app/gui/MainWindow.cpp" line="321"/>
        <source>Export charts</source>
        <translation>Exportar gráficos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="323"/>
        <source>charts written to %1</source>
        <translation>gráficos escritos em %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="395"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="396"/>
        <source>Restart the lab with the new backend settings now? Services running now will be stopped.</source>
        <translation>Reiniciar agora o laboratório com as novas definições de backend? Os serviços em execução serão parados.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="272"/>
        <source>The lab could not be opened</source>
        <translation>Não foi possível abrir o laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="239"/>
        <source>stopping the lab…</source>
        <translation>a parar o laboratório…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="240"/>
        <source>Stopping the lab…</source>
        <translation>A parar o laboratório…</translation>
    </message>
</context>
<context>
    <name>swarmlab::Orchestrator</name>
    <message>
        <location filename="../app/core/orchestrator/Orchestrator.cpp" line="90"/>
        <source>the %1 backend takes its nodes&apos; layers from the lab file</source>
        <translation>o backend %1 tira as camadas dos nós do ficheiro do laboratório</translation>
    </message>
    <message>
        <location filename="../app/core/orchestrator/Orchestrator.cpp" line="99"/>
        <source>the %1 backend runs every lab node itself: no machine is assigned</source>
        <translation>o backend %1 executa ele próprio todos os nós do laboratório: nenhuma máquina é atribuída</translation>
    </message>
    <message>
        <location filename="../app/core/orchestrator/Orchestrator.cpp" line="105"/>
        <source>the %1 backend takes its nodes from the lab file it was started with; restart the lab to add %2</source>
        <translation>o backend %1 tira os seus nós do ficheiro de laboratório com que foi iniciado; reinicie o laboratório para adicionar %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::PalettePanel</name>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="24"/>
        <source>Service palette</source>
        <translation>Paleta de serviços</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="25"/>
        <source>Drag a service onto a node to deploy it (or press Enter to choose a node)</source>
        <translation>Arraste um serviço para um nó para o implantar (ou prima Enter para escolher um nó)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="49"/>
        <source>Layers: %1</source>
        <translation>Camadas: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="49"/>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="51"/>
        <source>Needs: %1</source>
        <translation>Precisa de: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="53"/>
        <source>Architectures: %1</source>
        <translation>Arquiteturas: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="54"/>
        <source>Migrate/restart order: %1</source>
        <translation>Ordem de migração/reinício: %1</translation>
    </message>
</context>
<context>
    <name>swarmlab::PlacementPolicy</name>
    <message>
        <location filename="../app/core/local/PlacementPolicy.cpp" line="20"/>
        <source>no node &quot;%1&quot; in lab &quot;%2&quot;</source>
        <translation>não há nó &quot;%1&quot; no laboratório &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/local/PlacementPolicy.cpp" line="29"/>
        <source>node %1 is down</source>
        <translation>o nó %1 está em baixo</translation>
    </message>
</context>
<context>
    <name>swarmlab::PlacementRules</name>
    <message>
        <location filename="../app/core/swarm/PlacementRules.cpp" line="62"/>
        <source>%1 is not a node of lab %2</source>
        <translation>%1 não é um nó do laboratório %2</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/PlacementRules.cpp" line="63"/>
        <source>no swarm node %1</source>
        <translation>nenhum nó do swarm %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/PlacementRules.cpp" line="69"/>
        <source>%1 hosts %2 already</source>
        <translation>%1 já aloja %2</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/PlacementRules.cpp" line="107"/>
        <source>%1 runs on %2 besides %3, whose layer is the machine&apos;s: %1 keeps the lab file&apos;s layer (%4); to move the machine, drag %3</source>
        <translation>%1 corre em %2 ao lado de %3, cuja camada é a da máquina: %1 mantém a camada do ficheiro do laboratório (%4); para mover a máquina, arraste %3</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/PlacementRules.cpp" line="110"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
</context>
<context>
    <name>swarmlab::RecordControl</name>
    <message>
        <location filename="../app/gui/panels/RecordControl.cpp" line="50"/>
        <source>Save the recorded timeline</source>
        <translation>Guardar o cronograma gravado</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RecordControl.cpp" line="51"/>
        <source>Timeline files (*.json)</source>
        <translation>Ficheiros de cronograma (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RecordControl.cpp" line="67"/>
        <source>recording dropped: the lab it recorded is gone</source>
        <translation>gravação descartada: o laboratório que gravava já não existe</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/RecordControl.cpp" line="90"/>
        <source>recording: your deploy, migrate, restart, stop, scale and node down/up commands become a timeline (the lab as it is now: %n step(s) at 0 s)</source>
        <translation>
            <numerusform>a gravar: os seus comandos implantar, migrar, reiniciar, parar, escalar e desligar/ligar nó tornam-se um cronograma (o laboratório tal como está agora: %n passo em 0 s)</numerusform>
            <numerusform>a gravar: os seus comandos implantar, migrar, reiniciar, parar, escalar e desligar/ligar nó tornam-se um cronograma (o laboratório tal como está agora: %n passos em 0 s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RecordControl.cpp" line="93"/>
        <source>not recorded: %1</source>
        <translation>não gravado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/RecordControl.cpp" line="108"/>
        <source>recording discarded (%n step(s))</source>
        <translation>
            <numerusform>gravação descartada (%n passo)</numerusform>
            <numerusform>gravação descartada (%n passos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RecordControl.cpp" line="119"/>
        <source>recorded timeline not saved: %1</source>
        <translation>cronograma gravado não guardado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/RecordControl.cpp" line="124"/>
        <source>recorded timeline %1 saved to %2: %n step(s) in %3 s</source>
        <translation>
            <numerusform>cronograma gravado %1 guardado em %2: %n passo em %3 s</numerusform>
            <numerusform>cronograma gravado %1 guardado em %2: %n passos em %3 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/RecordControl.cpp" line="141"/>
        <source>Stop recording (%n step(s), %1 s)</source>
        <translation>
            <numerusform>Parar a gravação (%n passo, %1 s)</numerusform>
            <numerusform>Parar a gravação (%n passos, %1 s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RecordControl.cpp" line="145"/>
        <source>&amp;Record</source>
        <translation>&amp;Gravar</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RecordControl.cpp" line="147"/>
        <source>Record your commands (deploy, migrate, restart, stop, node down/up) as a timeline to replay on the Experiments tab</source>
        <translation>Gravar os seus comandos (implantar, migrar, reiniciar, parar, desligar/ligar nó) como um cronograma para repetir no separador Experiências</translation>
    </message>
</context>
<context>
    <name>swarmlab::RedisProbe</name>
    <message>
        <location filename="../app/core/swarm/RedisProbe.cpp" line="19"/>
        <source>no reply within %1 ms</source>
        <translation>sem resposta em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/RedisProbe.cpp" line="46"/>
        <source>unexpected reply %1</source>
        <translation>resposta inesperada %1</translation>
    </message>
</context>
<context>
    <name>swarmlab::RedisServerProcess</name>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="27"/>
        <source>%1 did not report &quot;Ready to accept connections&quot; within %2 s; its output: %3</source>
        <translation>%1 não indicou &quot;Ready to accept connections&quot; em %2 s; a sua saída: %3</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="64"/>
        <source>no free TCP port on 127.0.0.1 for %1</source>
        <translation>não há porta TCP livre em 127.0.0.1 para %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="76"/>
        <source>cannot run %1: %2 (install redis-server, or set SWARMLAB_REDIS_SERVER)</source>
        <translation>não é possível executar %1: %2 (instale o redis-server ou defina SWARMLAB_REDIS_SERVER)</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="120"/>
        <source>%1 exited (%2) before accepting connections: %3</source>
        <translation>%1 terminou (%2) antes de aceitar ligações: %3</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="121"/>
        <source>crashed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="121"/>
        <source>code %1</source>
        <translation>código %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="122"/>
        <source>no output</source>
        <translation>sem saída</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="129"/>
        <source>killed by a signal</source>
        <translation>terminado por um sinal</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="130"/>
        <source>exited with code %1</source>
        <translation>saiu com o código %1</translation>
    </message>
</context>
<context>
    <name>swarmlab::ReplicatedRedis</name>
    <message>
        <location filename="../app/core/local/ReplicatedRedis.cpp" line="131"/>
        <source>%1 on %2: %3</source>
        <translation>%1 em %2: %3</translation>
    </message>
    <message>
        <location filename="../app/core/local/ReplicatedRedis.cpp" line="167"/>
        <source>Sentinel failover: the primary moved from %1 to %2</source>
        <translation>Failover do Sentinel: o primário passou de %1 para %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::RunComparisonWindow</name>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="39"/>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="41"/>
        <source>interrupted</source>
        <translation>interrompida</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="43"/>
        <source>journal only</source>
        <translation>só diário</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="47"/>
        <source>broken</source>
        <translation>danificada</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="90"/>
        <source>Export the comparison as CSV</source>
        <translation>Exportar a comparação em CSV</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="91"/>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="93"/>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="100"/>
        <source>written to %1</source>
        <translation>escrito em %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="97"/>
        <source>Export the comparison charts</source>
        <translation>Exportar os gráficos da comparação</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="98"/>
        <source>PNG images, 300 dpi (*.png);;SVG drawings (*.svg)</source>
        <translation>Imagens PNG, 300 dpi (*.png);;Desenhos SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="125"/>
        <source>reading %1 and %2…</source>
        <translation>a ler %1 e %2…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="146"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: não pode ser lido: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="148"/>
        <source>%n measure(s) compared</source>
        <translation>
            <numerusform>%n medida comparada</numerusform>
            <numerusform>%n medidas comparadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="163"/>
        <source>this run has no such measure</source>
        <translation>esta execução não tem essa medida</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="165"/>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="169"/>
        <source>%1 (overlap)</source>
        <translation>%1 (sobreposição)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="171"/>
        <source>overlap: both the old and the new instance showed updates for %1 ms</source>
        <translation>sobreposição: a instância antiga e a nova mostraram atualizações durante %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="173"/>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="177"/>
        <source>better than the paper</source>
        <translation>melhor do que o artigo</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="202"/>
        <source>&lt;b&gt;%1&lt;/b&gt;  %2 — timeline &lt;b&gt;%3&lt;/b&gt;, %4, %5 backend, %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;  %2 — cronograma &lt;b&gt;%3&lt;/b&gt;, %4, backend %5, %6</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="204"/>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="207"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="206"/>
        <source>date unknown</source>
        <translation>data desconhecida</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="222"/>
        <source>%1: cannot write the image file</source>
        <translation>%1: não foi possível escrever o ficheiro de imagem</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="227"/>
        <source>swarmlab: two runs compared</source>
        <translation>swarmlab: duas execuções comparadas</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="230"/>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="230"/>
        <source>unit</source>
        <translation>unidade</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="230"/>
        <source>run A (× paper)</source>
        <translation>execução A (× artigo)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="230"/>
        <source>run B (× paper)</source>
        <translation>execução B (× artigo)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="230"/>
        <source>paper 2017</source>
        <translation>artigo 2017</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="231"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunComparisonWindow.cpp" line="232"/>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
</context>
<context>
    <name>swarmlab::RunJournal</name>
    <message>
        <location filename="../app/core/measure/RunJournal.cpp" line="21"/>
        <source>%1: cannot create the run folder</source>
        <translation>%1: não é possível criar a pasta da execução</translation>
    </message>
    <message>
        <location filename="../app/core/measure/RunJournal.cpp" line="79"/>
        <source>%1: cannot write the run journal: %2</source>
        <translation>%1: não é possível escrever o diário da execução: %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::RunsPanel</name>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="27"/>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="60"/>
        <source>Runs folder</source>
        <translation>Pasta das execuções</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="106"/>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="109"/>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="110"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="120"/>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="123"/>
        <source>interrupted</source>
        <translation>interrompida</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="127"/>
        <source>journal only: %1</source>
        <translation>só diário: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="131"/>
        <source>broken: %1</source>
        <translation>danificada: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/RunsPanel.cpp" line="141"/>
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%n execução em %1</numerusform>
            <numerusform>%n execuções em %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="164"/>
        <source>comparing %1 (A) and %2 (B)</source>
        <translation>a comparar %1 (A) e %2 (B)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="169"/>
        <source>Folder…</source>
        <translation>Pasta…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="170"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="171"/>
        <source>Compare the two selected</source>
        <translation>Comparar as duas selecionadas</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="173"/>
        <source>Select two runs (Ctrl+click) to overlay their charts and compare their summaries with the paper</source>
        <translation>Selecione duas execuções (Ctrl+clique) para sobrepor os seus gráficos e comparar os seus resumos com o artigo</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="175"/>
        <source>run folder</source>
        <translation>pasta da execução</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="175"/>
        <source>timeline</source>
        <translation>cronograma</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="175"/>
        <source>started</source>
        <translation>iniciada</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="175"/>
        <source>backend</source>
        <translation>backend</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="176"/>
        <source>publish/s</source>
        <translation>publicações/s</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="176"/>
        <source>updates/s</source>
        <translation>atualizações/s</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="176"/>
        <source>lag p50 (ms)</source>
        <translation>atraso p50 (ms)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="177"/>
        <source>first deploy (ms)</source>
        <translation>primeira implantação (ms)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/RunsPanel.cpp" line="177"/>
        <source>state</source>
        <translation>estado</translation>
    </message>
</context>
<context>
    <name>swarmlab::ServiceSpec</name>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="231"/>
        <source>Spec: expected an object, found %1</source>
        <translation>Spec: esperava-se um objeto, encontrado %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="281"/>
        <source>Spec.TaskTemplate.ForceUpdate: expected a number, found %1</source>
        <translation>Spec.TaskTemplate.ForceUpdate: esperava-se um número, encontrado %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="294"/>
        <source>Spec.Mode: expected an object, found %1</source>
        <translation>Spec.Mode: esperava-se um objeto, encontrado %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="303"/>
        <source>Spec.Mode: a replicated service was expected, this one is %1</source>
        <translation>Spec.Mode: esperava-se um serviço replicado, este é %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="304"/>
        <source>of no mode</source>
        <translation>sem modo</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="314"/>
        <source>Spec.Mode.Replicated.Replicas: expected a count, found %1</source>
        <translation>Spec.Mode.Replicated.Replicas: esperava-se uma contagem, encontrado %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/ServiceSpec.cpp" line="321"/>
        <source>replicas must be 0 or more, not %1</source>
        <translation>as réplicas têm de ser 0 ou mais, não %1</translation>
    </message>
</context>
<context>
    <name>swarmlab::Session</name>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="97"/>
        <source>engine %1, API %2
</source>
        <translation>motor %1, API %2
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
        <translation> (gestor)</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="101"/>
        <source>swarm error: %1
</source>
        <translation>erro do swarm: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="111"/>
        <source>dispatcher heartbeat: %1 ms
</source>
        <translation>heartbeat do dispatcher: %1 ms
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
        <translation>NOME DO ANFITRIÃO</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="129"/>
        <source>ROLE</source>
        <translation>PAPEL</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="130"/>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="131"/>
        <source>AVAIL</source>
        <translation>DISPONIB.</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="132"/>
        <source>ARCH</source>
        <translation>ARQ.</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="133"/>
        <source>LAB NAME</source>
        <translation>NOME DO LAB</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="134"/>
        <source>LAYER</source>
        <translation>CAMADA</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="162"/>
        <source>swarmlab-cli swarm init: --heartbeat %1: expected a duration such as 500ms or 1s
</source>
        <translation>swarmlab-cli swarm init: --heartbeat %1: esperava-se uma duração como 500ms ou 1s
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="170"/>
        <source>swarmlab-cli swarm init: unknown argument %1
</source>
        <translation>swarmlab-cli swarm init: argumento desconhecido %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="178"/>
        <source>already part of a swarm (node %1); nothing changed
</source>
        <translation>já faz parte de um swarm (nó %1); nada foi alterado
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
        <translation>swarm inicializado, nó %1, heartbeat do dispatcher %2 ms
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="203"/>
        <source>not part of a swarm; nothing changed
</source>
        <translation>não faz parte de um swarm; nada foi alterado
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
        <translation>saiu do swarm%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="218"/>
        <source> (network docker_gwbridge removed)</source>
        <translation> (rede docker_gwbridge removida)</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="228"/>
        <source>swarmlab-cli swarm join-command: this engine is not a swarm manager (swarm: %1); run swarmlab-cli swarm init on the manager first
</source>
        <translation>swarmlab-cli swarm join-command: este motor não é um gestor do swarm (swarm: %1); execute primeiro swarmlab-cli swarm init no gestor
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
        <translation>nenhum JoinTokens.Worker na resposta</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="251"/>
        <source># On each new machine (a Raspberry Pi with Docker), as root, to join this swarm as a worker:
</source>
        <translation># Em cada máquina nova (um Raspberry Pi com Docker), como root, para se juntar a este swarm como worker:
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="256"/>
        <source># Then, on this machine: swarmlab-cli swarm status lists it; in the console, drag it from the Tray onto a lab node&apos;s card.
</source>
        <translation># Depois, nesta máquina: swarmlab-cli swarm status lista-a; na consola, arraste-a da Bandeja para o cartão de um nó do laboratório.
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="280"/>
        <source>swarmlab-cli swarm label: unknown argument %1
</source>
        <translation>swarmlab-cli swarm label: argumento desconhecido %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="288"/>
        <source>swarmlab-cli swarm label: --layer %1: expected enterprise, mediation or sensing
</source>
        <translation>swarmlab-cli swarm label: --layer %1: esperava-se enterprise, mediation ou sensing
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="310"/>
        <source>swarmlab-cli swarm label: node %1: %2
</source>
        <translation>swarmlab-cli swarm label: nó %1: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="319"/>
        <source>node %1 labelled
</source>
        <translation>nó %1 etiquetado
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="323"/>
        <source>swarmlab-cli swarm label: node %1 (HTTP %2): %3
</source>
        <translation>swarmlab-cli swarm label: nó %1 (HTTP %2): %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/SwarmCommand.cpp" line="330"/>
        <source>swarmlab-cli swarm label: node %1: update kept going out of sequence
</source>
        <translation>swarmlab-cli swarm label: nó %1: a atualização continuou fora de sequência
</translation>
    </message>
</context>
<context>
    <name>swarmlab::SettingsDialog</name>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="33"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="70"/>
        <source>&amp;Embedded lab (local processes, its own Redis)</source>
        <translation>Laboratório &amp;embutido (processos locais, Redis próprio)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="71"/>
        <source>&amp;Docker Swarm endpoint</source>
        <translation>Endpoint &amp;Docker Swarm</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="73"/>
        <source>DOCKER_HOST or unix:///var/run/docker.sock</source>
        <translation>DOCKER_HOST ou unix:///var/run/docker.sock</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="74"/>
        <source>Use &amp;TLS with client certificates</source>
        <translation>Usar &amp;TLS com certificados de cliente</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="75"/>
        <source>Do not &amp;verify the engine&apos;s certificate (insecure)</source>
        <translation>Não &amp;verificar o certificado do motor (inseguro)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="77"/>
        <source>TLS without ca.pem: anyone on the way to the engine can pose as it. Use only on a network you trust.</source>
        <translation>TLS sem ca.pem: qualquer pessoa no caminho até ao motor pode fazer-se passar por ele. Use apenas numa rede em que confie.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="80"/>
        <source>folder with ca.pem, cert.pem, key.pem</source>
        <translation>pasta com ca.pem, cert.pem, key.pem</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="81"/>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="117"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="84"/>
        <source>TLS certificate folder</source>
        <translation>Pasta dos certificados TLS</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="88"/>
        <source>host:port, e.g. 10.0.0.1:5000; empty: $SWARMLAB_REGISTRY</source>
        <translation>anfitrião:porta, p. ex. 10.0.0.1:5000; vazio: $SWARMLAB_REGISTRY</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="90"/>
        <source>The lab registry on the swarm manager (swarmlab-cli images start; its address: swarmlab-cli images address). Set: every node pulls the lab&apos;s images from it by digest. Empty: $SWARMLAB_REGISTRY, else images by their id on the manager.</source>
        <translation>O registo do laboratório no gestor do swarm (swarmlab-cli images start; o seu endereço: swarmlab-cli images address). Definido: todos os nós obtêm dele as imagens do laboratório por digest. Vazio: $SWARMLAB_REGISTRY, senão as imagens pelo seu id no gestor.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="102"/>
        <source>La&amp;b registry:</source>
        <translation>Registo do la&amp;boratório:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="109"/>
        <source>empty: the embedded lab starts its own redis-server</source>
        <translation>vazio: o laboratório embutido inicia o seu próprio redis-server</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="111"/>
        <source>empty: the default user</source>
        <translation>vazio: o utilizador por omissão</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="114"/>
        <source>kept in a file only you can read, not in the settings</source>
        <translation>guardada num ficheiro que só o seu utilizador pode ler, não nas definições</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="116"/>
        <source>empty: the shipped paper-2017 lab</source>
        <translation>vazio: o laboratório paper-2017 incluído</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="119"/>
        <source>Lab file</source>
        <translation>Ficheiro de laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="120"/>
        <source>Lab files (*.json)</source>
        <translation>Ficheiros de laboratório (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="125"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="126"/>
        <source>Draw charts with &amp;OpenGL</source>
        <translation>Desenhar gráficos com &amp;OpenGL</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="128"/>
        <source>System</source>
        <translation>Sistema</translation>
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
        <translation>Certificados:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="133"/>
        <source>&amp;Redis URL:</source>
        <translation>URL do &amp;Redis:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="134"/>
        <source>Redis &amp;user:</source>
        <translation>&amp;Utilizador do Redis:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="135"/>
        <source>Redis &amp;password:</source>
        <translation>&amp;Palavra-passe do Redis:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="136"/>
        <source>&amp;Lab file:</source>
        <translation>Ficheiro de &amp;laboratório:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="137"/>
        <source>Chart &amp;window:</source>
        <translation>&amp;Janela dos gráficos:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="139"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="45"/>
        <source>Backend, Redis and lab changes apply when the lab is restarted (Lab ▸ Restart lab); a language change applies at once.</source>
        <translation>As alterações de backend, Redis e laboratório aplicam-se quando o laboratório for reiniciado (Laboratório ▸ Reiniciar laboratório); uma mudança de idioma aplica-se de imediato.</translation>
    </message>
</context>
<context>
    <name>swarmlab::SevenSegmentWidget</name>
    <message>
        <location filename="../app/gui/panels/SevenSegmentWidget.cpp" line="51"/>
        <source>7-segment display mirror</source>
        <translation>Espelho do mostrador de 7 segmentos</translation>
    </message>
</context>
<context>
    <name>swarmlab::SwarmEngine</name>
    <message>
        <location filename="../app/core/swarm/SwarmEngine.cpp" line="86"/>
        <source>the Docker Engine does not answer: %1; reconnecting</source>
        <translation>o Docker Engine não responde: %1; a restabelecer a ligação</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmEngine.cpp" line="127"/>
        <source>this engine is not part of a swarm (state %1); run `swarmlab-cli swarm init`</source>
        <translation>este motor não faz parte de um swarm (estado %1); execute `swarmlab-cli swarm init`</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmEngine.cpp" line="132"/>
        <source>this node is not a swarm manager; point DOCKER_HOST at a manager</source>
        <translation>este nó não é um gestor do swarm; aponte DOCKER_HOST para um gestor</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmEngine.cpp" line="171"/>
        <source>event line</source>
        <translation>linha de evento</translation>
    </message>
</context>
<context>
    <name>swarmlab::SwarmOrchestrator</name>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorRedis.cpp" line="70"/>
        <source>the lab has no redis template and no Redis URL was given</source>
        <translation>o laboratório não tem modelo redis e não foi dado um URL do Redis</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorRedis.cpp" line="85"/>
        <source>not started: no machine hosts %1; drag one onto its card</source>
        <translation>não iniciado: nenhuma máquina aloja %1; arraste uma para o seu cartão</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorRedis.cpp" line="89"/>
        <source>no machine hosts the gateway %1: drag one onto its card, or label one with swarmlab-cli swarm label NODE --name %1</source>
        <translation>nenhuma máquina aloja o gateway %1: arraste uma para o seu cartão, ou etiquete uma com swarmlab-cli swarm label NODE --name %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorRedis.cpp" line="122"/>
        <source>Redis did not answer PING: %1</source>
        <translation>o Redis não respondeu ao PING: %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="166"/>
        <location filename="../app/core/swarm/SwarmOrchestratorNodes.cpp" line="15"/>
        <source>not connected to a swarm manager</source>
        <translation>sem ligação a um gestor do swarm</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="173"/>
        <source>a service named %1 exists already</source>
        <translation>já existe um serviço chamado %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="202"/>
        <source>the node left the swarm</source>
        <translation>o nó saiu do swarm</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="482"/>
        <source>its node %1 is down</source>
        <translation>o seu nó %1 está em baixo</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="491"/>
        <source>not running again after node %1 failed: %2</source>
        <translation>não voltou a ser executado depois da falha do nó %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="523"/>
        <source>the orchestrator shut down</source>
        <translation>o orquestrador foi encerrado</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="309"/>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="355"/>
        <source>no such service</source>
        <translation>serviço inexistente</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="177"/>
        <source>no machine hosts %1: drag one onto its card (or label a swarm node swarmlab.name=%1)</source>
        <translation>nenhuma máquina aloja %1: arraste uma para o seu cartão (ou etiquete um nó do swarm com swarmlab.name=%1)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="277"/>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="376"/>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="395"/>
        <source>no swarm node for lab node %1</source>
        <translation>nenhum nó do swarm para o nó %1 do laboratório</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="380"/>
        <source>swarm node %1 also hosts %2: draining it would stop them too</source>
        <translation>o nó %1 do swarm também aloja %2: drená-lo pará-los-ia também</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="434"/>
        <source>no such swarm node</source>
        <translation>nó do swarm inexistente</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorNodes.cpp" line="35"/>
        <source>the swarm&apos;s nodes could not be read from the Docker Engine at %1 (%2): %3</source>
        <translation>não foi possível ler os nós do swarm no Docker Engine em %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorNodes.cpp" line="62"/>
        <source>layer: expected enterprise, mediation or sensing</source>
        <translation>camada: esperava-se enterprise, mediation ou sensing</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorReplication.cpp" line="32"/>
        <source>%1 is not deployed: the replicated Redis is started with the lab (see the errors at its start)</source>
        <translation>%1 não é implantado: o Redis replicado é iniciado com o laboratório (veja os erros do seu arranque)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorReplication.cpp" line="35"/>
        <source>this lab&apos;s Redis is replicated (%1 and their sentinels, started with the lab on %2): a single Redis on %3 would be outside it, and would clash with %4 on port %5 where they share a machine</source>
        <translation>o Redis deste laboratório é replicado (%1 e as suas sentinelas, iniciados com o laboratório em %2): um Redis único em %3 ficaria fora dele, e chocaria com %4 na porta %5 onde partilham uma máquina</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorReplication.cpp" line="59"/>
        <source>the replicated Redis needs a machine for each of %1: drag one onto each card, or label one with swarmlab-cli swarm label NODE --name NAME, then start again</source>
        <translation>o Redis replicado precisa de uma máquina para cada um de %1: arraste uma para cada cartão, ou etiquete uma com swarmlab-cli swarm label NÓ --name NOME, e comece de novo</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorReplication.cpp" line="68"/>
        <source>the replicated Redis needs the lab&apos;s password as a Docker secret</source>
        <translation>o Redis replicado precisa da palavra-passe do laboratório como segredo do Docker</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorReplication.cpp" line="115"/>
        <source>The lab&apos;s Redis Sentinel (replicated gateways)</source>
        <translation>O Redis Sentinel do laboratório (gateways replicados)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestratorReplication.cpp" line="159"/>
        <source>%1 on %2 did not answer PING: %3</source>
        <translation>%1 em %2 não respondeu ao PING: %3</translation>
    </message>
</context>
<context>
    <name>swarmlab::SwarmState</name>
    <message>
        <location filename="../app/core/swarm/SwarmState.cpp" line="137"/>
        <source>no swarm node labelled swarmlab.name=%1</source>
        <translation>nenhum nó do swarm com a etiqueta swarmlab.name=%1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmState.cpp" line="292"/>
        <source>signal %1</source>
        <translation>sinal %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmState.cpp" line="300"/>
        <source>exit code %1</source>
        <translation>código de saída %1</translation>
    </message>
</context>
<context>
    <name>swarmlab::TaskSupervisor</name>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="107"/>
        <source>service template &quot;%1&quot; has no command</source>
        <translation>o modelo de serviço &quot;%1&quot; não tem comando</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="126"/>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="134"/>
        <source>cannot run %1: %2</source>
        <translation>não é possível executar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="140"/>
        <source>did not stop within %1 ms of SIGTERM: killed</source>
        <translation>não parou em %1 ms após SIGTERM: terminado à força</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="169"/>
        <source>node %1 powered off (SIGKILL)</source>
        <translation>nó %1 desligado (SIGKILL)</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="173"/>
        <source>killed by a signal</source>
        <translation>terminado por um sinal</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="175"/>
        <source>exited with code %1</source>
        <translation>saiu com o código %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="177"/>
        <source>exited with code 0</source>
        <translation>saiu com o código 0</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="191"/>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="204"/>
        <source>; restarting by policy</source>
        <translation>; a reiniciar pela política</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="200"/>
        <source>; gave up after %1 restart attempts (max_attempts)</source>
        <translation>; desistiu após %1 tentativas de reinício (max_attempts)</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="218"/>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="241"/>
        <source>stopped (the lab&apos;s Redis keeps running)</source>
        <translation>parado (o Redis do laboratório continua a correr)</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="305"/>
        <source>%1 has exited</source>
        <translation>%1 terminou</translation>
    </message>
    <message>
        <location filename="../app/core/local/TaskSupervisor.cpp" line="318"/>
        <source>no first_message from %1 within %2 ms</source>
        <translation>nenhuma first_message de %1 em %2 ms</translation>
    </message>
</context>
<context>
    <name>swarmlab::Telemetry</name>
    <message>
        <location filename="../app/core/telemetry/TelemetryWorker.cpp" line="59"/>
        <source>bad Redis URL: %1</source>
        <translation>URL do Redis inválido: %1</translation>
    </message>
    <message>
        <location filename="../app/core/telemetry/TelemetryWorker.cpp" line="118"/>
        <source>Redis at %1: TIME failed: %2</source>
        <translation>Redis em %1: TIME falhou: %2</translation>
    </message>
    <message>
        <location filename="../app/core/telemetry/TelemetryWorker.cpp" line="132"/>
        <source>lost Redis at %1: the sentinels moved the primary to %2</source>
        <translation>perdeu o Redis em %1: os sentinelas moveram o primário para %2</translation>
    </message>
    <message>
        <location filename="../app/core/telemetry/TelemetryWorker.cpp" line="142"/>
        <location filename="../app/core/telemetry/TelemetryWorker.cpp" line="184"/>
        <source>lost Redis at %1: %2</source>
        <translation>perdeu-se o Redis em %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/telemetry/TelemetryWorker.cpp" line="188"/>
        <source>Redis at %1: XREAD: %2</source>
        <translation>Redis em %1: XREAD: %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::TopologyModel</name>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="135"/>
        <source>not started: no machine hosts %1; drag one onto its card</source>
        <translation>não iniciado: nenhuma máquina aloja %1; arraste uma para o seu cartão</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="141"/>
        <source>no machine hosts %1: drag one here</source>
        <translation>nenhuma máquina aloja %1: arraste uma para aqui</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="156"/>
        <source>machine %1, not a node of the lab: drag it onto a lab node&apos;s card to host it, or into a band</source>
        <translation>máquina %1, não é um nó do laboratório: arraste-a para o cartão de um nó do laboratório para o alojar, ou para uma faixa</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="160"/>
        <source>runs on machine %1</source>
        <translation>corre na máquina %1</translation>
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
        <translation>modelo de serviço desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="266"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="306"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="307"/>
        <source>unknown node &apos;%1&apos;</source>
        <translation>nó desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="268"/>
        <source>no machine hosts %1: drag one onto its card first</source>
        <translation>nenhuma máquina aloja %1: arraste primeiro uma para o seu cartão</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="269"/>
        <source>%1 is down</source>
        <translation>%1 está em baixo</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="270"/>
        <source>%1 is drained</source>
        <translation>%1 está drenado</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="272"/>
        <source>%1 is not in a layer yet: drag it into a band first</source>
        <translation>%1 ainda não está numa camada: arraste-o primeiro para uma faixa</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="287"/>
        <source>unknown service &apos;%1&apos;</source>
        <translation>serviço desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="291"/>
        <source>%1 already runs on %2</source>
        <translation>%1 já está em execução em %2</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="303"/>
        <source>on this backend every lab node runs where the lab file puts it</source>
        <translation>neste backend cada nó do laboratório corre onde o ficheiro de laboratório o coloca</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="310"/>
        <source>%1 is a machine, not a lab node: drop machines on a lab node&apos;s card</source>
        <translation>%1 é uma máquina, não um nó do laboratório: largue as máquinas no cartão de um nó do laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="312"/>
        <source>drop %1 on another lab node&apos;s card to make its machine host that one too</source>
        <translation>largue %1 no cartão de outro nó do laboratório para que a sua máquina aloje também esse</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="315"/>
        <source>no machine hosts %1, so it cannot host %2</source>
        <translation>nenhuma máquina aloja %1, por isso não pode alojar %2</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="316"/>
        <source>%1 runs on %2 already</source>
        <translation>%1 já corre em %2</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="439"/>
        <source>no first message after %1 s</source>
        <translation>nenhuma primeira mensagem após %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="440"/>
        <source>no answer from the backend after %1 s</source>
        <translation>nenhuma resposta do backend após %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="455"/>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::TopologyScene</name>
    <message>
        <location filename="../app/gui/topology/TopologyScene.cpp" line="303"/>
        <source>only services and machines can be dropped on a node</source>
        <translation>só serviços e máquinas podem ser largados num nó</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyScene.cpp" line="311"/>
        <source>only node cards can be dropped on a band</source>
        <translation>só cartões de nós podem ser largados numa faixa</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyScene.cpp" line="318"/>
        <source>unknown node &apos;%1&apos;</source>
        <translation>nó desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyScene.cpp" line="320"/>
        <source>on this backend every node&apos;s layer comes from the lab file</source>
        <translation>neste backend a camada de cada nó vem do ficheiro do laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyScene.cpp" line="322"/>
        <source>a node leaves its layer only by removing its swarmlab.layer label</source>
        <translation>um nó só sai da sua camada removendo a etiqueta swarmlab.layer</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyScene.cpp" line="324"/>
        <source>%1 is already in this layer</source>
        <translation>%1 já está nesta camada</translation>
    </message>
</context>
<context>
    <name>swarmlab::TopologyView</name>
    <message>
        <location filename="../app/gui/topology/TopologyView.cpp" line="63"/>
        <source>Lab topology</source>
        <translation>Topologia do laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyView.cpp" line="64"/>
        <source>Topology</source>
        <translation>Topologia</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyView.cpp" line="65"/>
        <source>Topology tools</source>
        <translation>Ferramentas da topologia</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyView.cpp" line="66"/>
        <location filename="../app/gui/topology/TopologyView.cpp" line="67"/>
        <source>Find a node or service</source>
        <translation>Procurar um nó ou serviço</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyView.cpp" line="68"/>
        <source>Readable</source>
        <translation>Legível</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyView.cpp" line="69"/>
        <source>Default zoom: text stays readable, the view scrolls</source>
        <translation>Zoom por omissão: o texto mantém-se legível, a vista desloca-se</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyView.cpp" line="70"/>
        <source>Fit all</source>
        <translation>Ajustar tudo</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyView.cpp" line="71"/>
        <source>Show the whole lab, however small</source>
        <translation>Mostrar todo o laboratório, por mais pequeno que fique</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyView.cpp" line="76"/>
        <source>Zoom to the %1 band (or double-click its title)</source>
        <translation>Ampliar a faixa %1 (ou fazer duplo clique no título)</translation>
    </message>
</context>
<context>
    <name>swarmlab::cli</name>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="59"/>
        <source>Plays an experiment timeline on a lab and records it.</source>
        <translation>Reproduz o cronograma de uma experiência num laboratório e regista-o.</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="61"/>
        <source>experiment timeline (JSON)</source>
        <translation>cronograma da experiência (JSON)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="63"/>
        <source>lab file (default: the timeline&apos;s &quot;lab&quot;)</source>
        <translation>ficheiro do laboratório (por omissão: o &quot;lab&quot; do cronograma)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="66"/>
        <source>output folder (default: ./runs/&lt;timeline&gt;-&lt;yyyyMMdd-HHmmss&gt;)</source>
        <translation>pasta de saída (por omissão: ./runs/&lt;cronograma&gt;-&lt;aaaaMMdd-HHmmss&gt;)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="68"/>
        <source>local (default) or swarm</source>
        <translation>local (por omissão) ou swarm</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="72"/>
        <source>use this Redis instead of starting one (redis://host:port; default: $SWARMLAB_REDIS_URL)</source>
        <translation>usar este Redis em vez de iniciar um (redis://host:port; por omissão: $SWARMLAB_REDIS_URL)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="77"/>
        <source>the password of that Redis: the first line of FILE (never on the command line)</source>
        <translation>a palavra-passe desse Redis: a primeira linha de FILE (nunca na linha de comandos)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="80"/>
        <source>multiply every time of the timeline by F (0 &lt; F &lt;= 100)</source>
        <translation>multiplicar cada tempo do cronograma por F (0 &lt; F &lt;= 100)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="84"/>
        <source>run template commands other than swarmlab programs from ${bin} and redis-server</source>
        <translation>executar comandos de modelos que não sejam programas swarmlab de ${bin} nem o redis-server</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="87"/>
        <source>use the timeline&apos;s lab even when it lies outside the timeline&apos;s folder</source>
        <translation>usar o laboratório do cronograma mesmo quando está fora da pasta do cronograma</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="91"/>
        <source>do not journal the run to its folder while it runs (a killed run is then lost)</source>
        <translation>não registar a execução no diário da sua pasta enquanto decorre (uma execução terminada à força perde-se então)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="96"/>
        <source>swarmlab-cli run: %1</source>
        <translation>swarmlab-cli run: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="107"/>
        <source>expected exactly one EXPERIMENT file, got %1</source>
        <translation>esperava-se exatamente um ficheiro EXPERIMENT, foram dados %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="111"/>
        <source>--duration-scale: expected a number &gt; 0 and &lt;= 100, got &quot;%1&quot;</source>
        <translation>--duration-scale: esperava-se um número &gt; 0 e &lt;= 100, não &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="115"/>
        <source>--backend: expected local or swarm, got &quot;%1&quot;</source>
        <translation>--backend: esperava-se local ou swarm, não &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="118"/>
        <source>swarmlab-cli run: warning: --redis holds a password, which any user can read in the process list; use SWARMLAB_REDIS_URL or --redis-password-file</source>
        <translation>swarmlab-cli run: aviso: --redis contém uma palavra-passe, que qualquer utilizador pode ler na lista de processos; use SWARMLAB_REDIS_URL ou --redis-password-file</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="125"/>
        <source>--out: expected a folder, got an empty value</source>
        <translation>--out: esperava-se uma pasta, foi dado um valor vazio</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="141"/>
        <source>%1: its lab %2 lies outside the timeline&apos;s folder; check that file, then give --allow-outside-lab (or --lab FILE)</source>
        <translation>%1: o seu laboratório %2 está fora da pasta do cronograma; verifique esse ficheiro e depois indique --allow-outside-lab (ou --lab FILE)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="147"/>
        <source>note: lab %1 (outside the timeline&apos;s folder, allowed)</source>
        <translation>nota: laboratório %1 (fora da pasta do cronograma, permitido)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="151"/>
        <source>%1: %2 is not a swarmlab program from ${bin} nor redis-server%3</source>
        <translation>%1: %2 não é um programa swarmlab de ${bin} nem o redis-server%3</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="153"/>
        <source> (allowed by --allow-commands)</source>
        <translation> (permitido por --allow-commands)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="154"/>
        <source>; give --allow-commands to run it</source>
        <translation>; indique --allow-commands para o executar</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="166"/>
        <source>%1: cannot load the timeline</source>
        <translation>%1: não é possível carregar o cronograma</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="174"/>
        <source>%1: cannot load the lab</source>
        <translation>%1: não é possível carregar o laboratório</translation>
    </message>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="36"/>
        <source>%1: no such file</source>
        <translation>%1: ficheiro inexistente</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ValidateCommand.cpp" line="43"/>
        <source>%1: lab file has %n error(s)</source>
        <translation>
            <numerusform>%1: o ficheiro do laboratório tem %n erro</numerusform>
            <numerusform>%1: o ficheiro do laboratório tem %n erros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="47"/>
        <source>%1: OK, lab &quot;%2&quot; with %3 nodes and %4 service templates</source>
        <translation>%1: OK, laboratório &quot;%2&quot; com %3 nós e %4 modelos de serviço</translation>
    </message>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="59"/>
        <source>%1: lab %2 cannot be loaded:</source>
        <translation>%1: o laboratório %2 não pode ser carregado:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ValidateCommand.cpp" line="67"/>
        <source>%1: timeline has %n error(s)</source>
        <translation>
            <numerusform>%1: o cronograma tem %n erro</numerusform>
            <numerusform>%1: o cronograma tem %n erros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="72"/>
        <source>%1: OK, timeline &quot;%2&quot;: %3 steps over %4 s on lab %5</source>
        <translation>%1: OK, cronograma &quot;%2&quot;: %3 passos em %4 s no laboratório %5</translation>
    </message>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="85"/>
        <source>Checks lab and experiment timeline files; prints every problem.</source>
        <translation>Verifica ficheiros de laboratório e de cronograma de experiências; mostra cada problema.</translation>
    </message>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="87"/>
        <source>lab or timeline file (JSON)</source>
        <translation>ficheiro de laboratório ou de cronograma (JSON)</translation>
    </message>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="98"/>
        <source>swarmlab-cli validate: expected FILE (a lab or timeline JSON file)</source>
        <translation>swarmlab-cli validate: esperava-se FILE (um ficheiro JSON de laboratório ou de cronograma)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="46"/>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="57"/>
        <source>run interrupted: it did not finish; the figures cover what was recorded</source>
        <translation>execução interrompida: não terminou; os valores cobrem o que foi registado</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="61"/>
        <location filename="../app/cli/CompareCommand.cpp" line="109"/>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="62"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="63"/>
        <location filename="../app/cli/CompareCommand.cpp" line="109"/>
        <source>unit</source>
        <translation>unidade</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="64"/>
        <location filename="../app/cli/CompareCommand.cpp" line="109"/>
        <source>paper</source>
        <translation>artigo</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="65"/>
        <source>ratio</source>
        <translation>razão</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="72"/>
        <location filename="../app/cli/CompareCommand.cpp" line="24"/>
        <source>overlap</source>
        <translation>sobreposição</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="85"/>
        <source>(ratio = value / paper value)</source>
        <translation>(razão = valor / valor do artigo)</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="19"/>
        <source>Rebuilds a run from its folder: its journal (a run killed or still running) or its final CSV files. Prints the summary and rewrites metrics.csv, events.csv and summary.csv; a run that did not finish is marked interrupted.</source>
        <translation>Reconstrói uma execução a partir da sua pasta: o seu diário (uma execução terminada à força ou ainda em curso) ou os seus ficheiros CSV finais. Mostra o resumo e reescreve metrics.csv, events.csv e summary.csv; uma execução que não terminou é marcada como interrompida.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="23"/>
        <source>the run&apos;s folder (--out of run)</source>
        <translation>a pasta da execução (--out de run)</translation>
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
        <translation>swarmlab-cli report: esperava-se exatamente um RUN_DIR, foram dados %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="46"/>
        <source>run %1 (%2 backend), read from %3</source>
        <translation>execução %1 (backend %2), lida de %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="50"/>
        <source>swarmlab-cli report: could not rewrite the CSV files: %1</source>
        <translation>swarmlab-cli report: não foi possível reescrever os ficheiros CSV: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="55"/>
        <source>CSV files: %1/metrics.csv, %1/events.csv, %1/summary.csv</source>
        <translation>ficheiros CSV: %1/metrics.csv, %1/events.csv, %1/summary.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="34"/>
        <source>%1: no such folder (expected a run folder, as written by swarmlab-cli run)</source>
        <translation>%1: pasta inexistente (esperava-se uma pasta de execução, como escrita por swarmlab-cli run)</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="40"/>
        <source>%1 (run swarmlab-cli report %2 first)</source>
        <translation>%1 (execute primeiro swarmlab-cli report %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="48"/>
        <source>%1: %2 — %3, %4 backend, started %5</source>
        <translation>%1: %2 — %3, backend %4, iniciada %5</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="50"/>
        <source>unknown timeline</source>
        <translation>cronograma desconhecido</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="51"/>
        <location filename="../app/cli/CompareCommand.cpp" line="54"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="57"/>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="64"/>
        <source>Prints the summaries of two runs side by side with the 2017 paper&apos;s values (each run&apos;s ratio to the paper in brackets). &quot;no data&quot;: the run could not measure it; &quot;—&quot;: the run has no such measure.</source>
        <translation>Mostra os resumos de duas execuções lado a lado com os valores do artigo de 2017 (a razão de cada execução face ao artigo entre parênteses). &quot;sem dados&quot;: a execução não o pôde medir; &quot;—&quot;: a execução não tem essa medida.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="68"/>
        <source>a run&apos;s folder (--out of run)</source>
        <translation>a pasta de uma execução (--out de run)</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="69"/>
        <source>another run&apos;s folder</source>
        <translation>a pasta de outra execução</translation>
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
        <translation>swarmlab-cli compare: esperavam-se duas pastas de execução, foram dadas %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="113"/>
        <source>(×N = value / paper value; &quot;—&quot;: not in that run)</source>
        <translation>(×N = valor / valor do artigo; &quot;—&quot;: não existe nessa execução)</translation>
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
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="94"/>
        <source>the %1 backend did not become ready within %2 s</source>
        <translation>o backend %1 não ficou pronto em %2 s</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="99"/>
        <source>swarmlab-cli: %1 on lab %2, %3 backend, %4 s%5</source>
        <translation>swarmlab-cli: %1 no laboratório %2, backend %3, %4 s%5</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="102"/>
        <source> (duration scale %1)</source>
        <translation> (escala de duração %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="114"/>
        <source>lab Redis: %1</source>
        <translation>Redis do laboratório: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="122"/>
        <source>telemetry: %1</source>
        <translation>telemetria: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="124"/>
        <source>warning: telemetry: %1 (reconnecting)</source>
        <translation>aviso: telemetria: %1 (a religar)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="126"/>
        <source>telemetry: reconnected to %1</source>
        <translation>telemetria: religada a %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="144"/>
        <source> on %1</source>
        <translation> em %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="152"/>
        <source>[%1 s] step %2 failed: %3</source>
        <translation>[%1 s] o passo %2 falhou: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="158"/>
        <source>stopping services and collecting the last metrics...</source>
        <translation>a parar os serviços e a recolher as últimas métricas...</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="166"/>
        <source>[%1 s] %2 on %3 failed: %4</source>
        <translation>[%1 s] %2 em %3 falhou: %4</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="172"/>
        <source>journal: %1 (flushed every %2 ms; swarmlab-cli report %1 rebuilds the run)</source>
        <translation>diário: %1 (escrito a cada %2 ms; swarmlab-cli report %1 reconstrói a execução)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="180"/>
        <source>no data</source>
        <translation>sem dados</translation>
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
        <translation>%1/%2 s | publicações %3 | atualizações %4 | atraso p50 %5 | perdidas %6</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="189"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="205"/>
        <source>run interrupted after %1 s; recorded data kept</source>
        <translation>execução interrompida após %1 s; os dados registados foram mantidos</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="207"/>
        <source>run finished</source>
        <translation>execução terminada</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="211"/>
        <source>CSV files: %1/metrics.csv, %1/events.csv, %1/summary.csv</source>
        <translation>ficheiros CSV: %1/metrics.csv, %1/events.csv, %1/summary.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="215"/>
        <source>swarmlab-cli: could not write the CSV files: %1</source>
        <translation>swarmlab-cli: não foi possível escrever os ficheiros CSV: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="239"/>
        <source>interrupted again: killing every child process and exiting</source>
        <translation>interrompido outra vez: a terminar todos os processos filhos e a sair</translation>
    </message>
    <message>
        <location filename="../app/cli/RunSession.cpp" line="246"/>
        <source>interrupted: stopping the run and writing what was recorded (Ctrl-C again to quit at once)</source>
        <translation>interrompido: a parar a execução e a escrever o que foi registado (Ctrl-C outra vez para sair já)</translation>
    </message>
</context>
<context>
    <name>swarmlab::cli::SwarmFlags</name>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="34"/>
        <source>swarm: TLS to the engine without verifying its certificate (no ca.pem needed)</source>
        <translation>swarm: TLS para o motor sem verificar o seu certificado (não é preciso ca.pem)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="37"/>
        <source>swarm: deploy images from the lab registry at HOST:PORT by digest (default: $SWARMLAB_REGISTRY; see swarmlab-cli images)</source>
        <translation>swarm: implantar imagens do registo do laboratório em HOST:PORT por digest (por omissão: $SWARMLAB_REGISTRY; ver swarmlab-cli images)</translation>
    </message>
</context>
<context>
    <name>swarmlab::registry</name>
    <message>
        <location filename="../app/core/swarm/LabRegistry.cpp" line="28"/>
        <source>lab registry &quot;%1&quot;: expected host:port, e.g. 10.0.0.1:5000 (no https://, no path)</source>
        <translation>registo do laboratório &quot;%1&quot;: esperado host:port, p. ex. 10.0.0.1:5000 (sem https://, sem caminho)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/LabRegistry.cpp" line="50"/>
        <source>expected the lab registry (swarmlab-cli images start) answering over TLS, its CA in /etc/docker/certs.d/%1/ca.crt on every node</source>
        <translation>esperava-se o registo do laboratório (swarmlab-cli images start) a responder por TLS, com a sua CA em /etc/docker/certs.d/%1/ca.crt em cada nó</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/LabRegistry.cpp" line="54"/>
        <source>the lab registry %1 was asked through the engine and no answer came (%2); %3</source>
        <translation>o registo do laboratório %1 foi consultado através do motor e não veio resposta (%2); %3</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/LabRegistry.cpp" line="60"/>
        <source>%1 is not in the lab registry %2 (%3); push the images: swarmlab-cli images push</source>
        <translation>%1 não está no registo do laboratório %2 (%3); envie as imagens: swarmlab-cli images push</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/LabRegistry.cpp" line="66"/>
        <source>the lab registry %1 cannot be reached: %2; %3</source>
        <translation>não é possível contactar o registo do laboratório %1: %2; %3</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/LabRegistry.cpp" line="79"/>
        <source>the lab registry %1 gave no sha256 digest for %2 (Descriptor.digest: &quot;%3&quot;)</source>
        <translation>o registo do laboratório %1 não deu nenhum digest sha256 para %2 (Descriptor.digest: &quot;%3&quot;)</translation>
    </message>
</context>
<context>
    <name>swarmlab::secrets</name>
    <message>
        <location filename="../app/core/security/LabSecrets.cpp" line="65"/>
        <location filename="../app/core/security/LabSecrets.cpp" line="68"/>
        <source>cannot write %1: %2</source>
        <translation>não é possível escrever %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/security/LabSecrets.cpp" line="76"/>
        <source>cannot create the secrets folder %1: %2</source>
        <translation>não é possível criar a pasta de segredos %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/security/LabSecrets.cpp" line="112"/>
        <source>%1 may be read by other users (mode %2); expected mode 600 (chmod 600 %1)</source>
        <translation>%1 pode ser lido por outros utilizadores (modo %2); esperava-se o modo 600 (chmod 600 %1)</translation>
    </message>
    <message>
        <location filename="../app/core/security/LabSecrets.cpp" line="179"/>
        <source>a Redis password file (%1) without a Redis URL: expected --redis URL or SWARMLAB_REDIS_URL (the embedded lab&apos;s own Redis has its own password)</source>
        <translation>um ficheiro de palavra-passe do Redis (%1) sem URL do Redis: esperava-se --redis URL ou SWARMLAB_REDIS_URL (o Redis próprio do laboratório embutido tem a sua própria palavra-passe)</translation>
    </message>
    <message>
        <location filename="../app/core/security/LabSecrets.cpp" line="187"/>
        <source>Redis URL: %1</source>
        <translation>URL do Redis: %1</translation>
    </message>
</context>
</TS>
