<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="71"/>
        <source>DOCKER_HOST %1: no socket path after unix://</source>
        <translation>DOCKER_HOST %1: falta o caminho do socket depois de unix://</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="80"/>
        <source>DOCKER_HOST %1: expected tcp://HOST:PORT</source>
        <translation>DOCKER_HOST %1: esperava-se tcp://HOST:PORTA</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="96"/>
        <source>DOCKER_CERT_PATH %1: %2 missing (client certificate for TLS)</source>
        <translation>DOCKER_CERT_PATH %1: falta %2 (certificado de cliente para TLS)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="105"/>
        <source>DOCKER_HOST %1: expected unix:///path or tcp://HOST:PORT</source>
        <translation>DOCKER_HOST %1: esperava-se unix:///caminho ou tcp://HOST:PORTA</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="168"/>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="221"/>
        <source>libcurl could not be initialised</source>
        <translation>não foi possível inicializar a libcurl</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="197"/>
        <source>no answer within %1 ms (%2)</source>
        <translation>sem resposta em %1 ms (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="199"/>
        <source>answer larger than %1 bytes</source>
        <translation>resposta maior do que %1 bytes</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="201"/>
        <source>cannot connect to %1: %2 (is the Docker Engine running? may this user open the socket?)</source>
        <translation>não é possível ligar a %1: %2 (o Docker Engine está a correr? este utilizador pode abrir o socket?)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="253"/>
        <source>GET /_ping: HTTP %1: %2</source>
        <translation>GET /_ping: HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="255"/>
        <location filename="../app/core/swarm/DockerHttp.cpp" line="258"/>
        <source>GET /version: %1</source>
        <translation>GET /version: %1</translation>
    </message>
    <message>
        <location filename="../app/core/telemetry/Telemetry.cpp" line="76"/>
        <source>bad Redis URL &quot;%1&quot;: expected redis://host[:port][/db] or unix:///path</source>
        <translation>URL do Redis inválido &quot;%1&quot;: esperava-se redis://anfitrião[:porta][/bd] ou unix:///caminho</translation>
    </message>
    <message>
        <location filename="../app/core/telemetry/Telemetry.cpp" line="98"/>
        <source>bad Redis URL &quot;%1&quot;: the path must be a database number</source>
        <translation>URL do Redis inválido &quot;%1&quot;: o caminho tem de ser um número de base de dados</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="100"/>
        <source>swarmlab console: orchestration lab for containerized IIoT microservices</source>
        <translation>consola swarmlab: laboratório de orquestração de microsserviços IIoT em contentores</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="106"/>
        <source>Lab file to open (default: the shipped paper-2017 lab).</source>
        <translation>Ficheiro de laboratório a abrir (por omissão: o laboratório paper-2017 incluído).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="111"/>
        <source>Redis URL to use instead of the embedded lab&apos;s own redis-server.</source>
        <translation>URL do Redis a usar em vez do redis-server próprio do laboratório embutido.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="116"/>
        <source>Use the Docker Swarm at this endpoint (unix:///… or tcp://host:port).</source>
        <translation>Usar o Docker Swarm neste endpoint (unix:///… ou tcp://anfitrião:porta).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="121"/>
        <source>Language: en or pt (default: the system&apos;s).</source>
        <translation>Idioma: en ou pt (por omissão: o do sistema).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="125"/>
        <source>Start the embedded lab offscreen, run the paper scenario by drag and drop, save the window as PNG and exit.</source>
        <translation>Iniciar o laboratório embutido fora do ecrã, executar o cenário do artigo por arrastar e largar, guardar a janela em PNG e sair.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="131"/>
        <source>How long the scenario runs before the screenshot (default 16).</source>
        <translation>Quanto tempo o cenário corre antes da captura (por omissão 16).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="136"/>
        <source>Ignore saved settings (start as on a first run).</source>
        <translation>Ignorar as definições guardadas (arrancar como na primeira execução).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="139"/>
        <source>Print when the window was first drawn, then exit.</source>
        <translation>Indicar quando a janela foi desenhada pela primeira vez e sair.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="162"/>
        <source>--screenshot-seconds: expected a positive number, got &apos;%1&apos;</source>
        <translation>--screenshot-seconds: esperava-se um número positivo, não &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="209"/>
        <source>The lab could not be opened</source>
        <translation>Não foi possível abrir o laboratório</translation>
    </message>
</context>
<context>
    <name>swarmlab</name>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="12"/>
        <source>Enterprise</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="14"/>
        <source>Mediation</source>
        <translation>Mediação</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="16"/>
        <source>Sensing</source>
        <translation>Sensorização</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="18"/>
        <source>Unassigned</source>
        <translation>Sem camada</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="26"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="28"/>
        <source>Down</source>
        <translation>Em baixo</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="30"/>
        <source>Drain</source>
        <translation>Drenado</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="32"/>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="40"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="42"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="28"/>
        <source>starting</source>
        <translation>a iniciar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="44"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="30"/>
        <source>running</source>
        <translation>em execução</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="46"/>
        <location filename="../app/gui/GuiText.cpp" line="110"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="34"/>
        <source>stopping</source>
        <translation>a parar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="48"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="36"/>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="50"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="38"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="52"/>
        <source>rejected</source>
        <translation>rejeitado</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="60"/>
        <source>deploy</source>
        <translation>implantar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="62"/>
        <source>migrate</source>
        <translation>migrar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="64"/>
        <source>restart</source>
        <translation>reiniciar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="66"/>
        <source>stop</source>
        <translation>parar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="68"/>
        <source>scale</source>
        <translation>escalar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="70"/>
        <source>node down</source>
        <translation>desligar nó</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="72"/>
        <source>node up</source>
        <translation>ligar nó</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="74"/>
        <source>assign</source>
        <translation>atribuir</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="82"/>
        <source>deployed in %1 ms</source>
        <translation>implantado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="84"/>
        <source>migrated in %1 ms</source>
        <translation>migrado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="86"/>
        <source>restarted in %1 ms</source>
        <translation>reiniciado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="88"/>
        <source>stopped in %1 ms</source>
        <translation>parado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="90"/>
        <source>scaled in %1 ms</source>
        <translation>escalado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="92"/>
        <source>node down in %1 ms</source>
        <translation>nó desligado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="94"/>
        <source>node up in %1 ms</source>
        <translation>nó ligado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="96"/>
        <source>assigned in %1 ms</source>
        <translation>atribuído em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="104"/>
        <source>deploying</source>
        <translation>a implantar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="106"/>
        <source>migrating</source>
        <translation>a migrar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="108"/>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="32"/>
        <source>restarting</source>
        <translation>a reiniciar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="112"/>
        <source>scaling</source>
        <translation>a escalar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="114"/>
        <source>powering off</source>
        <translation>a desligar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="116"/>
        <source>powering on</source>
        <translation>a ligar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="118"/>
        <source>assigning</source>
        <translation>a atribuir</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="116"/>
        <source>Tray</source>
        <translation>Bandeja</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="126"/>
        <source>manager, cloud side</source>
        <translation>gestor, lado da nuvem</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="129"/>
        <source>gateways, storage</source>
        <translation>gateways, armazenamento</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="132"/>
        <source>end devices, displays</source>
        <translation>dispositivos finais, mostradores</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="135"/>
        <source>nodes without a swarmlab.layer label</source>
        <translation>nós sem a etiqueta swarmlab.layer</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="150"/>
        <source>Drop to put %1 in the %2 layer</source>
        <translation>Largue para pôr %1 na camada %2</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="278"/>
        <source>Drop to deploy %1 on %2</source>
        <translation>Largue para implantar %1 em %2</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="279"/>
        <source>Drop to migrate %1 to %2</source>
        <translation>Largue para migrar %1 para %2</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="332"/>
        <source>%1 upd/s</source>
        <translation>%1 atual./s</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyItems.cpp" line="333"/>
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="40"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../app/core/orchestrator/BackendFactory.cpp" line="35"/>
        <source>the Docker Swarm backend could not be built</source>
        <translation>não foi possível construir o backend Docker Swarm</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="43"/>
        <source>usage: swarmlab-cli swarm status
       swarmlab-cli swarm init [--heartbeat DURATION] [--advertise-addr ADDR]
       swarmlab-cli swarm leave
       swarmlab-cli swarm label NODE [--name LABNAME] [--layer enterprise|mediation|sensing]
                                [--also LABNAME,...]   (further lab nodes this node hosts)
  An empty value (--name &apos;&apos;) removes the label.
  DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH choose the engine.
</source>
        <translation>utilização: swarmlab-cli swarm status
       swarmlab-cli swarm init [--heartbeat DURAÇÃO] [--advertise-addr ENDEREÇO]
       swarmlab-cli swarm leave
       swarmlab-cli swarm label NÓ [--name NOMELAB] [--layer enterprise|mediation|sensing]
                                [--also NOMELAB,...]   (outros nós do laboratório que este nó aloja)
  Um valor vazio (--name &apos;&apos;) remove a etiqueta.
  DOCKER_HOST, DOCKER_TLS_VERIFY e DOCKER_CERT_PATH escolhem o motor.
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="90"/>
        <source>engine %1, API %2
</source>
        <translation>motor %1, API %2
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="91"/>
        <source>swarm: %1%2
</source>
        <translation>swarm: %1%2
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="93"/>
        <source> (manager)</source>
        <translation> (gestor)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="94"/>
        <source>swarm error: %1
</source>
        <translation>erro do swarm: %1
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="101"/>
        <source>dispatcher heartbeat: %1 ms
</source>
        <translation>heartbeat do dispatcher: %1 ms
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="113"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="114"/>
        <source>HOSTNAME</source>
        <translation>NOME DO ANFITRIÃO</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="115"/>
        <source>ROLE</source>
        <translation>PAPEL</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="116"/>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="117"/>
        <source>AVAIL</source>
        <translation>DISPONIB.</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="118"/>
        <source>ARCH</source>
        <translation>ARQ.</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="119"/>
        <source>LAB NAME</source>
        <translation>NOME NO LAB</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="120"/>
        <source>LAYER</source>
        <translation>CAMADA</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="149"/>
        <source>swarmlab-cli swarm init: --heartbeat %1: expected a duration such as 500ms or 1s
</source>
        <translation>swarmlab-cli swarm init: --heartbeat %1: esperava-se uma duração como 500ms ou 1s
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="157"/>
        <source>swarmlab-cli swarm init: unknown argument %1
</source>
        <translation>swarmlab-cli swarm init: argumento desconhecido %1
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="165"/>
        <source>already part of a swarm (node %1); nothing changed
</source>
        <translation>já faz parte de um swarm (nó %1); nada foi alterado
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="176"/>
        <source>swarmlab-cli swarm init: POST /swarm/init (HTTP %1): %2
</source>
        <translation>swarmlab-cli swarm init: POST /swarm/init (HTTP %1): %2
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="181"/>
        <source>swarm initialised, node %1, dispatcher heartbeat %2 ms
</source>
        <translation>swarm inicializado, nó %1, heartbeat do dispatcher %2 ms
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="191"/>
        <source>not part of a swarm; nothing changed
</source>
        <translation>não faz parte de um swarm; nada foi alterado
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="196"/>
        <source>swarmlab-cli swarm leave: POST /swarm/leave (HTTP %1): %2
</source>
        <translation>swarmlab-cli swarm leave: POST /swarm/leave (HTTP %1): %2
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="205"/>
        <source>left the swarm%1
</source>
        <translation>saiu do swarm%1
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="206"/>
        <source> (network docker_gwbridge removed)</source>
        <translation> (rede docker_gwbridge removida)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="225"/>
        <source>swarmlab-cli swarm label: unknown argument %1
</source>
        <translation>swarmlab-cli swarm label: argumento desconhecido %1
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="233"/>
        <source>swarmlab-cli swarm label: --layer %1: expected enterprise, mediation or sensing
</source>
        <translation>swarmlab-cli swarm label: --layer %1: esperava-se enterprise, mediation ou sensing
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="243"/>
        <source>swarmlab-cli swarm label: node %1: %2
</source>
        <translation>swarmlab-cli swarm label: nó %1: %2
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="266"/>
        <source>node %1 labelled
</source>
        <translation>nó %1 etiquetado
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="270"/>
        <source>swarmlab-cli swarm label: node %1 (HTTP %2): %3
</source>
        <translation>swarmlab-cli swarm label: nó %1 (HTTP %2): %3
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="277"/>
        <source>swarmlab-cli swarm label: node %1: update kept going out of sequence
</source>
        <translation>swarmlab-cli swarm label: nó %1: a atualização continuou fora de sequência
</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmCli.cpp" line="281"/>
        <source>swarmlab-cli swarm: unknown command %1
</source>
        <translation>swarmlab-cli swarm: comando desconhecido %1
</translation>
    </message>
</context>
<context>
    <name>swarmlab::AppSettings</name>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="42"/>
        <source>&apos;%1&apos; is not a URL; expected redis://host:port or unix:///path/to/socket</source>
        <translation>&apos;%1&apos; não é um URL; esperado redis://anfitrião:porta ou unix:///caminho/para/socket</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="48"/>
        <location filename="../app/gui/AppSettings.cpp" line="80"/>
        <source>&apos;%1&apos; has no socket path</source>
        <translation>&apos;%1&apos; não tem caminho de socket</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="53"/>
        <source>&apos;%1&apos; has scheme &apos;%2&apos;; expected redis:// or unix://</source>
        <translation>&apos;%1&apos; tem o esquema &apos;%2&apos;; esperado redis:// ou unix://</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="57"/>
        <location filename="../app/gui/AppSettings.cpp" line="89"/>
        <source>&apos;%1&apos; has no host</source>
        <translation>&apos;%1&apos; não tem anfitrião</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="59"/>
        <source>&apos;%1&apos; has an invalid port</source>
        <translation>&apos;%1&apos; tem uma porta inválida</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="64"/>
        <source>&apos;%1&apos;: the database after the host must be a number, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos;: a base de dados depois do anfitrião tem de ser um número, não &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="74"/>
        <source>&apos;%1&apos; is not an endpoint; expected unix:///var/run/docker.sock or tcp://host:2376</source>
        <translation>&apos;%1&apos; não é um endpoint; esperado unix:///var/run/docker.sock ou tcp://anfitrião:2376</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="85"/>
        <source>&apos;%1&apos; has scheme &apos;%2&apos;; expected unix:// or tcp://</source>
        <translation>&apos;%1&apos; tem o esquema &apos;%2&apos;; esperado unix:// ou tcp://</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="91"/>
        <source>&apos;%1&apos; needs a port between 1 and 65535 (2375 plain, 2376 TLS)</source>
        <translation>&apos;%1&apos; precisa de uma porta entre 1 e 65535 (2375 simples, 2376 TLS)</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="105"/>
        <source>Docker endpoint: %1</source>
        <translation>Endpoint Docker: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="109"/>
        <source>TLS certificates: a folder with ca.pem, cert.pem and key.pem is needed for TLS</source>
        <translation>Certificados TLS: o TLS precisa de uma pasta com ca.pem, cert.pem e key.pem</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="113"/>
        <source>TLS certificates: &apos;%1&apos; is not a folder</source>
        <translation>Certificados TLS: &apos;%1&apos; não é uma pasta</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="120"/>
        <source>TLS certificates: %1 is missing or unreadable</source>
        <translation>Certificados TLS: %1 não existe ou não pode ser lido</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="130"/>
        <source>Redis URL: %1</source>
        <translation>URL do Redis: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="135"/>
        <source>Lab file: &apos;%1&apos; does not exist</source>
        <translation>Ficheiro de laboratório: &apos;%1&apos; não existe</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="139"/>
        <source>Lab file: &apos;%1&apos; cannot be read</source>
        <translation>Ficheiro de laboratório: &apos;%1&apos; não pode ser lido</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="144"/>
        <source>Chart window: %1 s; expected 30 to 600 s</source>
        <translation>Janela dos gráficos: %1 s; esperado 30 a 600 s</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="148"/>
        <source>Language: &apos;%1&apos;; expected en, pt or empty (system)</source>
        <translation>Idioma: &apos;%1&apos;; esperado en, pt ou vazio (sistema)</translation>
    </message>
</context>
<context>
    <name>swarmlab::ChartPanel</name>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="47"/>
        <source>lab time (s)</source>
        <translation>tempo do laboratório (s)</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="101"/>
        <source>Publish and display update rate (Fig. 3)</source>
        <translation>Taxa de publicação e de atualização dos mostradores (Fig. 3)</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="101"/>
        <source>per second</source>
        <translation>por segundo</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="102"/>
        <source>Display lag (Fig. 4)</source>
        <translation>Atraso dos mostradores (Fig. 4)</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="102"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="105"/>
        <source>Rates chart</source>
        <translation>Gráfico das taxas</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="106"/>
        <source>Lag chart</source>
        <translation>Gráfico do atraso</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="110"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="110"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="111"/>
        <source>Time window shown by the charts</source>
        <translation>Janela de tempo mostrada pelos gráficos</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="116"/>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="162"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="119"/>
        <source>Freeze the charts; data keeps being recorded</source>
        <translation>Congelar os gráficos; os dados continuam a ser registados</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="125"/>
        <source>&amp;Window:</source>
        <translation>&amp;Janela:</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="162"/>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="187"/>
        <source>%1 publish/s</source>
        <translation>%1 publicações/s</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="190"/>
        <source>%1 updates/s</source>
        <translation>%1 atualizações/s</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="193"/>
        <source>%1 lag p50</source>
        <translation>%1 atraso p50</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="195"/>
        <source>%1 lag p99</source>
        <translation>%1 atraso p99</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="221"/>
        <source>%1
t = %2 s: %3</source>
        <translation>%1
t = %2 s: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/charts/ChartPanel.cpp" line="311"/>
        <source>%1 series, %2 points kept, tick %3 ms</source>
        <translation>%1 séries, %2 pontos guardados, ciclo %3 ms</translation>
    </message>
</context>
<context>
    <name>swarmlab::DisplayMirrorPanel</name>
    <message>
        <location filename="../app/gui/panels/SevenSegmentWidget.cpp" line="101"/>
        <source>No subscriber is running: deploy one on an end device to see its displays here.</source>
        <translation>Nenhum subscritor em execução: implante um num dispositivo final para ver aqui os seus mostradores.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SevenSegmentWidget.cpp" line="129"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; em %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::DockerEventStream</name>
    <message>
        <location filename="../app/core/swarm/DockerClient.cpp" line="181"/>
        <source>the engine closed the event stream</source>
        <translation>o motor fechou o fluxo de eventos</translation>
    </message>
</context>
<context>
    <name>swarmlab::ExperimentRunner</name>
    <message>
        <location filename="../app/core/measure/ExperimentRunner.cpp" line="86"/>
        <source>step %1: no service template &quot;%2&quot; in lab &quot;%3&quot;</source>
        <translation>passo %1: não há modelo de serviço &quot;%2&quot; no laboratório &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>swarmlab::ExperimentsPanel</name>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="48"/>
        <source>Experiment timeline</source>
        <translation>Cronograma da experiência</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="50"/>
        <source>&amp;Timeline…</source>
        <translation>&amp;Cronograma…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="51"/>
        <source>Open another timeline file</source>
        <translation>Abrir outro ficheiro de cronograma</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="56"/>
        <source>time ×</source>
        <translation>tempo ×</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="57"/>
        <source>Duration scale: every step time and the duration are multiplied by it</source>
        <translation>Escala da duração: o instante de cada passo e a duração são multiplicados por ela</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="58"/>
        <source>&amp;Run</source>
        <translation>&amp;Executar</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="59"/>
        <source>St&amp;op</source>
        <translation>Pa&amp;rar</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="60"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="61"/>
        <source>Charts as &amp;PNG…</source>
        <translation>Gráficos em &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="62"/>
        <source>Open &amp;run folder…</source>
        <translation>Abrir pasta de e&amp;xecução…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="64"/>
        <source>%v / %m s</source>
        <translation>%v / %m s</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="67"/>
        <source>Choose a timeline and press Run.</source>
        <translation>Escolha um cronograma e prima Executar.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="70"/>
        <source>at (s)</source>
        <translation>em (s)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="70"/>
        <source>action</source>
        <translation>ação</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="70"/>
        <source>service</source>
        <translation>serviço</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="70"/>
        <source>node</source>
        <translation>nó</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="70"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="72"/>
        <source>Timeline steps</source>
        <translation>Passos do cronograma</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="75"/>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="75"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="75"/>
        <source>unit</source>
        <translation>unidade</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="75"/>
        <source>paper 2017</source>
        <translation>artigo 2017</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="75"/>
        <source>detail</source>
        <translation>detalhe</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="79"/>
        <source>Run summary</source>
        <translation>Resumo da execução</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="109"/>
        <source>Open timeline</source>
        <translation>Abrir cronograma</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="110"/>
        <source>Timelines (*.json)</source>
        <translation>Cronogramas (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="120"/>
        <source>Export the run&apos;s CSV files to</source>
        <translation>Exportar os ficheiros CSV da execução para</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="123"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="128"/>
        <source>Open a run folder (metrics.csv, events.csv)</source>
        <translation>Abrir uma pasta de execução (metrics.csv, events.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="131"/>
        <source>Open run</source>
        <translation>Abrir execução</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="177"/>
        <source>The lab is not ready yet.</source>
        <translation>O laboratório ainda não está pronto.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="184"/>
        <source>%1 cannot run:
%2</source>
        <translation>%1 não pode ser executado:
%2</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="185"/>
        <source>timeline %1 rejected: %2</source>
        <translation>cronograma %1 rejeitado: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="198"/>
        <source>waiting</source>
        <translation>em espera</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="205"/>
        <source>Running %1: %2 of %3 s</source>
        <translation>A executar %1: %2 de %3 s</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="213"/>
        <source>failed: %1</source>
        <translation>falhou: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="216"/>
        <source>step %1 failed: %2</source>
        <translation>o passo %1 falhou: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="219"/>
        <source>Ending: stopping services and collecting the last metrics…</source>
        <translation>A terminar: a parar os serviços e a recolher as últimas métricas…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="224"/>
        <source>experiment %1 started (time ×%2)</source>
        <translation>experiência %1 iniciada (tempo ×%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="236"/>
        <source>fired (command %1)</source>
        <translation>disparado (comando %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="247"/>
        <source>Run stopped early; what was recorded is shown and can be exported.</source>
        <translation>Execução interrompida; o que foi registado é mostrado e pode ser exportado.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="248"/>
        <source>Run finished: %1 metrics, %2 events recorded.</source>
        <translation>Execução terminada: %1 métricas e %2 eventos registados.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="252"/>
        <source>experiment %1 %2</source>
        <translation>experiência %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="252"/>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="252"/>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="279"/>
        <source>No run to export yet.</source>
        <translation>Ainda não há nenhuma execução para exportar.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="288"/>
        <source>CSV written to %1 (metrics.csv, events.csv, summary.csv)</source>
        <translation>CSV escrito em %1 (metrics.csv, events.csv, summary.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ExperimentsPanel.cpp" line="305"/>
        <source>Run read from %1.</source>
        <translation>Execução lida de %1.</translation>
    </message>
</context>
<context>
    <name>swarmlab::LabController</name>
    <message>
        <location filename="../app/gui/LabController.cpp" line="41"/>
        <source>Cannot %1: no backend is connected</source>
        <translation>Não é possível %1: nenhum backend está ligado</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="62"/>
        <source>deploy %1 on %2</source>
        <translation>implantar %1 em %2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="74"/>
        <source>migrate %1 from %2 to %3 (%4)</source>
        <translation>migrar %1 de %2 para %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="81"/>
        <location filename="../app/gui/LabController.cpp" line="91"/>
        <location filename="../app/gui/LabController.cpp" line="101"/>
        <source>unknown service &apos;%1&apos;</source>
        <translation>serviço desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="85"/>
        <source>restart %1</source>
        <translation>reiniciar %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="95"/>
        <source>stop %1</source>
        <translation>parar %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="105"/>
        <source>replicas must be 0 or more, not %1</source>
        <translation>as réplicas têm de ser 0 ou mais, não %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="109"/>
        <source>scale %1 to %2</source>
        <translation>escalar %1 para %2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="115"/>
        <location filename="../app/gui/LabController.cpp" line="125"/>
        <location filename="../app/gui/LabController.cpp" line="136"/>
        <source>unknown node &apos;%1&apos;</source>
        <translation>nó desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="119"/>
        <location filename="../app/gui/LabController.cpp" line="129"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="141"/>
        <source>%1&apos;s layer comes from the lab file on this backend</source>
        <translation>a camada de %1 vem do ficheiro do laboratório neste backend</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="144"/>
        <source>%1: %2 to the %3 layer</source>
        <translation>%1: %2 à camada %3</translation>
    </message>
</context>
<context>
    <name>swarmlab::LabSession</name>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="47"/>
        <source>No lab file: the shipped resources were not found (set SWARMLAB_RESOURCES_DIR or choose a lab file in Settings)</source>
        <translation>Nenhum ficheiro de laboratório: os recursos incluídos não foram encontrados (defina SWARMLAB_RESOURCES_DIR ou escolha um ficheiro de laboratório nas Definições)</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="117"/>
        <source>Docker Swarm at %1</source>
        <translation>Docker Swarm em %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="118"/>
        <source>DOCKER_HOST / local socket</source>
        <translation>DOCKER_HOST / socket local</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="120"/>
        <source>embedded lab</source>
        <translation>laboratório embutido</translation>
    </message>
</context>
<context>
    <name>swarmlab::LocalOrchestrator</name>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="140"/>
        <source>start redis-server</source>
        <translation>iniciar o redis-server</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="176"/>
        <source>read events</source>
        <translation>ler eventos</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="194"/>
        <source>powered off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="243"/>
        <source>no node &quot;%1&quot; in lab &quot;%2&quot;</source>
        <translation>não há nó &quot;%1&quot; no laboratório &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="293"/>
        <source>the lab&apos;s Redis at %1</source>
        <translation>o Redis do laboratório em %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="321"/>
        <source>service template &quot;%1&quot; has no command</source>
        <translation>o modelo de serviço &quot;%1&quot; não tem comando</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="346"/>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="356"/>
        <source>cannot run %1: %2</source>
        <translation>não é possível executar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="363"/>
        <source>did not stop within %1 ms of SIGTERM: killed</source>
        <translation>não parou em %1 ms após SIGTERM: terminado à força</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="384"/>
        <source>node %1 powered off (SIGKILL)</source>
        <translation>nó %1 desligado (SIGKILL)</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="390"/>
        <source>killed by a signal</source>
        <translation>terminado por um sinal</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="393"/>
        <source>exited with code %1</source>
        <translation>saiu com o código %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="396"/>
        <source>exited with code 0</source>
        <translation>saiu com o código 0</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="416"/>
        <source>; gave up after %1 restart attempts (max_attempts)</source>
        <translation>; desistiu após %1 tentativas de reinício (max_attempts)</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="419"/>
        <source>; restarting by policy</source>
        <translation>; a reiniciar pela política</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="423"/>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="480"/>
        <source>stopped (the lab&apos;s Redis keeps running)</source>
        <translation>parado (o Redis do laboratório continua a correr)</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="531"/>
        <source>no first_message from %1 within %2 ms</source>
        <translation>nenhuma first_message de %1 em %2 ms</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="572"/>
        <source>the embedded lab is not started</source>
        <translation>o laboratório embutido não está iniciado</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="577"/>
        <source>a service named &quot;%1&quot; exists</source>
        <translation>já existe um serviço chamado &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="585"/>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="673"/>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="686"/>
        <source>node %1 is down</source>
        <translation>o nó %1 está em baixo</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="601"/>
        <source>could not start</source>
        <translation>não foi possível iniciar</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="614"/>
        <source>service was removed meanwhile</source>
        <translation>o serviço foi removido entretanto</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="625"/>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="639"/>
        <source>could not start the new instance</source>
        <translation>não foi possível iniciar a nova instância</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="669"/>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="683"/>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="696"/>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="715"/>
        <source>no service &quot;%1&quot;</source>
        <translation>não há serviço &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="721"/>
        <source>replicas must be 0..1000, got %1</source>
        <translation>as réplicas têm de estar entre 0 e 1000, não %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="742"/>
        <source>could not start an instance</source>
        <translation>não foi possível iniciar uma instância</translation>
    </message>
    <message>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="751"/>
        <location filename="../app/core/local/LocalOrchestrator.cpp" line="776"/>
        <source>no node &quot;%1&quot; in the lab</source>
        <translation>não há nó &quot;%1&quot; no laboratório</translation>
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
        <location filename="../app/gui/panels/LogPanel.cpp" line="24"/>
        <source>Service logs</source>
        <translation>Registos dos serviços</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/LogPanel.cpp" line="26"/>
        <source>&amp;Service:</source>
        <translation>&amp;Serviço:</translation>
    </message>
</context>
<context>
    <name>swarmlab::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="73"/>
        <source>swarmlab console</source>
        <translation>consola swarmlab</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="45"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="57"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="169"/>
        <source>Backend: none</source>
        <translation>Backend: nenhum</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="46"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="83"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="84"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="87"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="96"/>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="46"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="84"/>
        <source>not used</source>
        <translation>não usado</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="47"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="85"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="134"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="135"/>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="47"/>
        <source>not connected</source>
        <translation>não ligado</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="48"/>
        <source>lab time —</source>
        <translation>tempo do laboratório —</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="157"/>
        <source>Refused: %1</source>
        <translation>Recusado: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="158"/>
        <source>refused: %1</source>
        <translation>recusado: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="183"/>
        <source>lab time %1 UTC</source>
        <translation>tempo do laboratório %1 UTC</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="112"/>
        <location filename="../app/gui/MainWindow.cpp" line="131"/>
        <source>Event log</source>
        <translation>Registo de eventos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="123"/>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="125"/>
        <source>Displays</source>
        <translation>Mostradores</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="127"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="128"/>
        <source>Experiments</source>
        <translation>Experiências</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="133"/>
        <source>Service logs</source>
        <translation>Registos dos serviços</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="141"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="44"/>
        <source>&amp;Deploy on node…</source>
        <translation>&amp;Implantar no nó…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="45"/>
        <source>Deploy a service template on the selected node</source>
        <translation>Implantar um modelo de serviço no nó selecionado</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="47"/>
        <source>&amp;Migrate to…</source>
        <translation>&amp;Migrar para…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="48"/>
        <source>Move the selected service to another node</source>
        <translation>Mover o serviço selecionado para outro nó</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="49"/>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="50"/>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="51"/>
        <source>S&amp;cale…</source>
        <translation>&amp;Escalar…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="52"/>
        <source>Show &amp;logs</source>
        <translation>Mostrar &amp;registos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="53"/>
        <source>Node &amp;down</source>
        <translation>&amp;Desligar nó</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="55"/>
        <source>Node &amp;up</source>
        <translation>&amp;Ligar nó</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="56"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="57"/>
        <source>Zoom &amp;out</source>
        <translation>Red&amp;uzir</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="58"/>
        <source>&amp;Fit topology</source>
        <translation>&amp;Ajustar topologia</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="60"/>
        <source>&amp;Pause charts</source>
        <translation>&amp;Pausar gráficos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="62"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Definições…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="63"/>
        <source>Restart &amp;lab</source>
        <translation>Reiniciar &amp;laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="64"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="65"/>
        <source>Export charts as &amp;PNG…</source>
        <translation>Exportar gráficos em &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="66"/>
        <source>Save &amp;window as PNG…</source>
        <translation>Guardar &amp;janela em PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="67"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="99"/>
        <source>Scale %1</source>
        <translation>Escalar %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="99"/>
        <source>Replicas:</source>
        <translation>Réplicas:</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="260"/>
        <source>Save window as PNG</source>
        <translation>Guardar janela em PNG</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="247"/>
        <location filename="../app/gui/MainWindow.cpp" line="260"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="265"/>
        <source>Save window</source>
        <translation>Guardar janela</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="267"/>
        <source>window written to %1</source>
        <translation>janela escrita em %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="131"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="136"/>
        <source>&amp;Lab</source>
        <translation>&amp;Laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="148"/>
        <source>&amp;Settings</source>
        <translation>&amp;Definições</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="164"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="167"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="151"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="152"/>
        <source>&amp;About swarmlab</source>
        <translation>&amp;Acerca do swarmlab</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="153"/>
        <source>About swarmlab</source>
        <translation>Acerca do swarmlab</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="154"/>
        <source>&lt;b&gt;swarmlab %1&lt;/b&gt;&lt;p&gt;Orchestration lab for containerized IIoT microservices: deploy and migrate services by drag and drop, watch publish rate, display updates and lag live, replay the 2017 experiment.&lt;/p&gt;</source>
        <translation>&lt;b&gt;swarmlab %1&lt;/b&gt;&lt;p&gt;Laboratório de orquestração de microsserviços IIoT em contentores: implante e migre serviços arrastando e largando, veja ao vivo a taxa de publicação, as atualizações dos mostradores e o atraso, e repita a experiência de 2017.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="181"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="214"/>
        <source>&amp;Drain node</source>
        <translation>&amp;Drenar nó</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="214"/>
        <source>Node &amp;down (power off)</source>
        <translation>&amp;Desligar nó (cortar energia)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="215"/>
        <source>&amp;Activate node</source>
        <translation>&amp;Ativar nó</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="215"/>
        <source>Node &amp;up (power on)</source>
        <translation>&amp;Ligar nó (dar energia)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="219"/>
        <source>Deploy on %1</source>
        <translation>Implantar em %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="223"/>
        <location filename="../app/gui/MainWindowActions.cpp" line="235"/>
        <location filename="../app/gui/MainWindowActions.cpp" line="248"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="231"/>
        <source>Migrate %1 to</source>
        <translation>Migrar %1 para</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="247"/>
        <source>Deploy %1 on %2</source>
        <translation>Implantar %1 em %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="262"/>
        <source>&amp;Migrate to</source>
        <translation>&amp;Migrar para</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowActions.cpp" line="267"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Implantar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="55"/>
        <source>lab: %1</source>
        <translation>laboratório: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="56"/>
        <source>The lab could not be opened: %1</source>
        <translation>Não foi possível abrir o laboratório: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="81"/>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="83"/>
        <source>connecting…</source>
        <translation>a ligar…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="85"/>
        <source>starting…</source>
        <translation>a iniciar…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="87"/>
        <location filename="../app/gui/MainWindowSession.cpp" line="134"/>
        <source>connected</source>
        <translation>ligado</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="88"/>
        <source>lab ready on %1 (Redis %2)</source>
        <translation>laboratório pronto em %1 (Redis %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="96"/>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="164"/>
        <source>lab stopped</source>
        <translation>laboratório parado</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="166"/>
        <source>the backend did not finish stopping within %1 s; closing without it</source>
        <translation>o backend não terminou de parar em %1 s; a fechar sem ele</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="76"/>
        <source>opening %1 on the %2</source>
        <translation>a abrir %1 no %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="110"/>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="112"/>
        <source>%1 on %2: %3%4</source>
        <translation>%1 em %2: %3%4</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="130"/>
        <source>%1 on %2: %3</source>
        <translation>%1 em %2: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="135"/>
        <source>lost, reconnecting</source>
        <translation>perdido, a religar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="137"/>
        <source>telemetry connected to %1</source>
        <translation>telemetria ligada a %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="138"/>
        <source>telemetry lost Redis: %1</source>
        <translation>a telemetria perdeu o Redis: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="238"/>
        <location filename="../app/gui/MainWindow.cpp" line="252"/>
        <location filename="../app/gui/MainWindow.cpp" line="265"/>
        <source>%1: cannot write the PNG file</source>
        <translation>%1: não foi possível escrever o ficheiro PNG</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="246"/>
        <source>Export charts as PNG</source>
        <translation>Exportar gráficos em PNG</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="252"/>
        <source>Export charts</source>
        <translation>Exportar gráficos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="254"/>
        <source>charts written to %1</source>
        <translation>gráficos escritos em %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="282"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="282"/>
        <source>The language changes when swarmlab starts again. Restart now?</source>
        <translation>O idioma muda quando o swarmlab voltar a arrancar. Reiniciar agora?</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="303"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="304"/>
        <source>Restart the lab with the new backend settings now? Services running now will be stopped.</source>
        <translation>Reiniciar agora o laboratório com as novas definições de backend? Os serviços em execução serão parados.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="185"/>
        <source>The lab could not be opened</source>
        <translation>Não foi possível abrir o laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="152"/>
        <source>stopping the lab…</source>
        <translation>a parar o laboratório…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowSession.cpp" line="153"/>
        <source>Stopping the lab…</source>
        <translation>A parar o laboratório…</translation>
    </message>
</context>
<context>
    <name>swarmlab::Orchestrator</name>
    <message>
        <location filename="../app/core/orchestrator/Orchestrator.cpp" line="81"/>
        <source>the %1 backend takes its nodes&apos; layers from the lab file</source>
        <translation>o backend %1 tira as camadas dos nós do ficheiro do laboratório</translation>
    </message>
</context>
<context>
    <name>swarmlab::PalettePanel</name>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="16"/>
        <source>Service palette</source>
        <translation>Paleta de serviços</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="17"/>
        <source>Drag a service onto a node to deploy it (or press Enter to choose a node)</source>
        <translation>Arraste um serviço para um nó para o implantar (ou prima Enter para escolher um nó)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="33"/>
        <source>Layers: %1</source>
        <translation>Camadas: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="33"/>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="35"/>
        <source>Needs: %1</source>
        <translation>Precisa de: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="37"/>
        <source>Architectures: %1</source>
        <translation>Arquiteturas: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/PalettePanel.cpp" line="38"/>
        <source>Migrate/restart order: %1</source>
        <translation>Ordem de migração/reinício: %1</translation>
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
        <location filename="../app/core/local/RedisServerProcess.cpp" line="57"/>
        <source>no free TCP port on 127.0.0.1 for %1</source>
        <translation>não há porta TCP livre em 127.0.0.1 para %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="69"/>
        <source>cannot run %1: %2 (install redis-server, or set SWARMLAB_REDIS_SERVER)</source>
        <translation>não é possível executar %1: %2 (instale o redis-server ou defina SWARMLAB_REDIS_SERVER)</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="104"/>
        <source>%1 exited (%2) before accepting connections: %3</source>
        <translation>%1 terminou (%2) antes de aceitar ligações: %3</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="105"/>
        <source>crashed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="105"/>
        <source>code %1</source>
        <translation>código %1</translation>
    </message>
    <message>
        <location filename="../app/core/local/RedisServerProcess.cpp" line="106"/>
        <source>no output</source>
        <translation>sem saída</translation>
    </message>
</context>
<context>
    <name>swarmlab::SettingsDialog</name>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="31"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="32"/>
        <source>&amp;Embedded lab (local processes, its own Redis)</source>
        <translation>Laboratório &amp;embutido (processos locais, Redis próprio)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="33"/>
        <source>&amp;Docker Swarm endpoint</source>
        <translation>Endpoint &amp;Docker Swarm</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="35"/>
        <source>DOCKER_HOST or unix:///var/run/docker.sock</source>
        <translation>DOCKER_HOST ou unix:///var/run/docker.sock</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="36"/>
        <source>Use &amp;TLS with client certificates</source>
        <translation>Usar &amp;TLS com certificados de cliente</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="38"/>
        <source>folder with ca.pem, cert.pem, key.pem</source>
        <translation>pasta com ca.pem, cert.pem, key.pem</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="39"/>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="49"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="42"/>
        <source>TLS certificate folder</source>
        <translation>Pasta dos certificados TLS</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="46"/>
        <source>empty: the embedded lab starts its own redis-server</source>
        <translation>vazio: o laboratório embutido inicia o seu próprio redis-server</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="48"/>
        <source>empty: the shipped paper-2017 lab</source>
        <translation>vazio: o laboratório paper-2017 incluído</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="51"/>
        <source>Lab file</source>
        <translation>Ficheiro de laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="52"/>
        <source>Lab files (*.json)</source>
        <translation>Ficheiros de laboratório (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="57"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="58"/>
        <source>Draw charts with &amp;OpenGL</source>
        <translation>Desenhar gráficos com &amp;OpenGL</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="60"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="64"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="68"/>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="70"/>
        <source>Certificates:</source>
        <translation>Certificados:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="72"/>
        <source>&amp;Redis URL:</source>
        <translation>URL do &amp;Redis:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="73"/>
        <source>&amp;Lab file:</source>
        <translation>Ficheiro de &amp;laboratório:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="74"/>
        <source>Chart &amp;window:</source>
        <translation>&amp;Janela dos gráficos:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="76"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SettingsDialog.cpp" line="86"/>
        <source>Backend, Redis and lab changes apply when the lab is restarted (Lab ▸ Restart lab); language at the next start.</source>
        <translation>As alterações de backend, Redis e laboratório aplicam-se quando o laboratório é reiniciado (Laboratório ▸ Reiniciar laboratório); o idioma no próximo arranque.</translation>
    </message>
</context>
<context>
    <name>swarmlab::SevenSegmentWidget</name>
    <message>
        <location filename="../app/gui/panels/SevenSegmentWidget.cpp" line="46"/>
        <source>7-segment display mirror</source>
        <translation>Espelho do mostrador de 7 segmentos</translation>
    </message>
</context>
<context>
    <name>swarmlab::SwarmOrchestrator</name>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="161"/>
        <source>this engine is not part of a swarm (state %1); run `swarmlab-cli swarm init`</source>
        <translation>este motor não faz parte de um swarm (estado %1); execute `swarmlab-cli swarm init`</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="170"/>
        <source>this node is not a swarm manager; point DOCKER_HOST at a manager</source>
        <translation>este nó não é um gestor do swarm; aponte DOCKER_HOST para um gestor</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="196"/>
        <source>event line</source>
        <translation>linha de evento</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="285"/>
        <source>no swarm node labelled swarmlab.name=%1</source>
        <translation>nenhum nó do swarm com a etiqueta swarmlab.name=%1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="498"/>
        <source>signal %1</source>
        <translation>sinal %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="505"/>
        <source>exit code %1</source>
        <translation>código de saída %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="527"/>
        <source>the lab has no redis template and no Redis URL was given</source>
        <translation>o laboratório não tem modelo redis e não foi dado um URL do Redis</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="557"/>
        <source>Redis did not answer PING</source>
        <translation>o Redis não respondeu ao PING</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="574"/>
        <source>no swarm node for the gateway %1</source>
        <translation>nenhum nó do swarm para o gateway %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="756"/>
        <source>not connected to a swarm manager</source>
        <translation>sem ligação a um gestor do swarm</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="765"/>
        <source>a service named %1 exists already</source>
        <translation>já existe um serviço chamado %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="771"/>
        <source>no swarm node for lab node %1 (label it swarmlab.name=%1)</source>
        <translation>nenhum nó do swarm para o nó %1 do laboratório (etiquete-o swarmlab.name=%1)</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="781"/>
        <source>node vanished</source>
        <translation>o nó desapareceu</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="822"/>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="947"/>
        <source>no such service</source>
        <translation>serviço inexistente</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="881"/>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="974"/>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="1003"/>
        <source>no swarm node for lab node %1</source>
        <translation>nenhum nó do swarm para o nó %1 do laboratório</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="932"/>
        <source>replicas must be 0 or more, not %1</source>
        <translation>as réplicas têm de ser 0 ou mais, não %1</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="975"/>
        <source>swarm node %1 also hosts %2: draining it would stop them too</source>
        <translation>o nó %1 do swarm também aloja %2: drená-lo pará-los-ia também</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="1029"/>
        <source>no such swarm node</source>
        <translation>nó do swarm inexistente</translation>
    </message>
    <message>
        <location filename="../app/core/swarm/SwarmOrchestrator.cpp" line="1116"/>
        <source>not converged after %1 s</source>
        <translation>não convergiu após %1 s</translation>
    </message>
</context>
<context>
    <name>swarmlab::Telemetry</name>
    <message>
        <location filename="../app/core/telemetry/Telemetry.cpp" line="209"/>
        <source>cannot reach Redis at %1: %2</source>
        <translation>não é possível contactar o Redis em %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/telemetry/Telemetry.cpp" line="211"/>
        <source>out of memory</source>
        <translation>sem memória</translation>
    </message>
    <message>
        <location filename="../app/core/telemetry/Telemetry.cpp" line="221"/>
        <source>Redis at %1 refused AUTH: %2</source>
        <translation>o Redis em %1 recusou o AUTH: %2</translation>
    </message>
    <message>
        <location filename="../app/core/telemetry/Telemetry.cpp" line="230"/>
        <source>Redis at %1: SELECT %2 failed: %3</source>
        <translation>Redis em %1: SELECT %2 falhou: %3</translation>
    </message>
    <message>
        <location filename="../app/core/telemetry/Telemetry.cpp" line="259"/>
        <source>Redis at %1: TIME failed: %2</source>
        <translation>Redis em %1: TIME falhou: %2</translation>
    </message>
    <message>
        <location filename="../app/core/telemetry/Telemetry.cpp" line="328"/>
        <source>lost Redis at %1: %2</source>
        <translation>perdeu-se o Redis em %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/telemetry/Telemetry.cpp" line="333"/>
        <source>Redis at %1: XREAD: %2</source>
        <translation>Redis em %1: XREAD: %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::TopologyModel</name>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="184"/>
        <source>%1… %2 ms</source>
        <translation>%1… %2 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="192"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="204"/>
        <source>unknown service template &apos;%1&apos;</source>
        <translation>modelo de serviço desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="206"/>
        <source>unknown node &apos;%1&apos;</source>
        <translation>nó desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="207"/>
        <source>%1 is down</source>
        <translation>%1 está em baixo</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="208"/>
        <source>%1 is drained</source>
        <translation>%1 está drenado</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="210"/>
        <source>%1 is not in a layer yet: drag it into a band first</source>
        <translation>%1 ainda não está numa camada: arraste-o primeiro para uma faixa</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="225"/>
        <source>unknown service &apos;%1&apos;</source>
        <translation>serviço desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="229"/>
        <source>%1 already runs on %2</source>
        <translation>%1 já está em execução em %2</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="344"/>
        <source>no first message after %1 s</source>
        <translation>nenhuma primeira mensagem após %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="345"/>
        <source>no answer from the backend after %1 s</source>
        <translation>nenhuma resposta do backend após %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyModel.cpp" line="360"/>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::TopologyScene</name>
    <message>
        <location filename="../app/gui/topology/TopologyScene.cpp" line="196"/>
        <source>only services can be dropped on a node</source>
        <translation>só serviços podem ser largados num nó</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyScene.cpp" line="204"/>
        <source>only node cards can be dropped on a band</source>
        <translation>só cartões de nós podem ser largados numa faixa</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyScene.cpp" line="211"/>
        <source>unknown node &apos;%1&apos;</source>
        <translation>nó desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyScene.cpp" line="213"/>
        <source>on this backend every node&apos;s layer comes from the lab file</source>
        <translation>neste backend a camada de cada nó vem do ficheiro do laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyScene.cpp" line="215"/>
        <source>a node leaves its layer only by removing its swarmlab.layer label</source>
        <translation>um nó só sai da sua camada removendo a etiqueta swarmlab.layer</translation>
    </message>
    <message>
        <location filename="../app/gui/topology/TopologyScene.cpp" line="217"/>
        <source>%1 is already in this layer</source>
        <translation>%1 já está nesta camada</translation>
    </message>
</context>
<context>
    <name>swarmlab::TopologyView</name>
    <message>
        <location filename="../app/gui/topology/TopologyView.cpp" line="24"/>
        <source>Lab topology</source>
        <translation>Topologia do laboratório</translation>
    </message>
</context>
<context>
    <name>swarmlab::cli</name>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="316"/>
        <source>Plays an experiment timeline on a lab and records it.</source>
        <translation>Reproduz o cronograma de uma experiência num laboratório e regista-o.</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="318"/>
        <source>experiment timeline (JSON)</source>
        <translation>cronograma da experiência (JSON)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="320"/>
        <source>lab file (default: the timeline&apos;s &quot;lab&quot;)</source>
        <translation>ficheiro do laboratório (por omissão: o &quot;lab&quot; do cronograma)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="323"/>
        <source>output folder (default: ./runs/&lt;timeline&gt;-&lt;yyyyMMdd-HHmmss&gt;)</source>
        <translation>pasta de saída (por omissão: ./runs/&lt;cronograma&gt;-&lt;aaaaMMdd-HHmmss&gt;)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="325"/>
        <source>local (default) or swarm</source>
        <translation>local (por omissão) ou swarm</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="328"/>
        <source>use this Redis instead of starting one (redis://host:port)</source>
        <translation>usar este Redis em vez de iniciar um (redis://anfitrião:porta)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="331"/>
        <source>multiply every time of the timeline by F (0 &lt; F &lt;= 100)</source>
        <translation>multiplicar cada tempo do cronograma por F (0 &lt; F &lt;= 100)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="343"/>
        <source>swarmlab-cli run: expected exactly one EXPERIMENT file, got %1</source>
        <translation>swarmlab-cli run: esperava-se exatamente um ficheiro EXPERIMENT, foram dados %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="351"/>
        <source>swarmlab-cli run: --duration-scale: expected a number &gt; 0 and &lt;= 100, got &quot;%1&quot;</source>
        <translation>swarmlab-cli run: --duration-scale: esperava-se um número &gt; 0 e &lt;= 100, não &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="358"/>
        <source>swarmlab-cli run: --backend: expected local or swarm, got &quot;%1&quot;</source>
        <translation>swarmlab-cli run: --backend: esperava-se local ou swarm, não &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="369"/>
        <source>swarmlab-cli run: --redis: expected redis://host[:port][/db] or unix:///path, got &quot;%1&quot;</source>
        <translation>swarmlab-cli run: --redis: esperava-se redis://anfitrião[:porta][/bd] ou unix:///caminho, não &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="381"/>
        <source>%1: cannot load the timeline</source>
        <translation>%1: não é possível carregar o cronograma</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="389"/>
        <source>%1: cannot load the lab</source>
        <translation>%1: não é possível carregar o laboratório</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="409"/>
        <source>swarmlab-cli run: --out: expected a folder, got an empty value</source>
        <translation>swarmlab-cli run: --out: esperava-se uma pasta, o valor está vazio</translation>
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
</context>
<context>
    <name>swarmlab::cli::RunSession</name>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="109"/>
        <source>swarmlab-cli: %1</source>
        <translation>swarmlab-cli: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="117"/>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="122"/>
        <source>the %1 backend did not become ready within %2 s</source>
        <translation>o backend %1 não ficou pronto em %2 s</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="127"/>
        <source>swarmlab-cli: %1 on lab %2, %3 backend, %4 s%5</source>
        <translation>swarmlab-cli: %1 no laboratório %2, backend %3, %4 s%5</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="130"/>
        <source> (duration scale %1)</source>
        <translation> (escala de duração %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="143"/>
        <source>lab Redis: %1</source>
        <translation>Redis do laboratório: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="151"/>
        <source>telemetry: %1</source>
        <translation>telemetria: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="153"/>
        <source>warning: telemetry: %1 (reconnecting)</source>
        <translation>aviso: telemetria: %1 (a religar)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="155"/>
        <source>telemetry: reconnected to %1</source>
        <translation>telemetria: religada a %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="172"/>
        <source> on %1</source>
        <translation> em %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="180"/>
        <source>[%1 s] step %2 failed: %3</source>
        <translation>[%1 s] o passo %2 falhou: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="186"/>
        <source>stopping services and collecting the last metrics...</source>
        <translation>a parar os serviços e a recolher as últimas métricas...</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="192"/>
        <source>[%1 s] %2 on %3 failed: %4</source>
        <translation>[%1 s] %2 em %3 falhou: %4</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="204"/>
        <source>%1/%2 s | publish %3/s | updates %4 | lag p50 %5 ms | lost %6</source>
        <translation>%1/%2 s | publicação %3/s | atualizações %4 | atraso p50 %5 ms | perdidas %6</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="208"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="225"/>
        <source>run interrupted after %1 s; recorded data kept</source>
        <translation>execução interrompida após %1 s; os dados registados foram mantidos</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="227"/>
        <source>run finished</source>
        <translation>execução terminada</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="231"/>
        <source>CSV files: %1/metrics.csv, %1/events.csv, %1/summary.csv</source>
        <translation>ficheiros CSV: %1/metrics.csv, %1/events.csv, %1/summary.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="233"/>
        <source>swarmlab-cli: could not write the CSV files: %1</source>
        <translation>swarmlab-cli: não foi possível escrever os ficheiros CSV: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="242"/>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="243"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="244"/>
        <source>unit</source>
        <translation>unidade</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="245"/>
        <source>paper</source>
        <translation>artigo</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="246"/>
        <source>ratio</source>
        <translation>razão</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="262"/>
        <source>(ratio = value / paper value)</source>
        <translation>(razão = valor / valor do artigo)</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="280"/>
        <source>interrupted again: killing every child process and exiting</source>
        <translation>interrompido outra vez: a terminar todos os processos filhos e a sair</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="287"/>
        <source>interrupted: stopping the run and writing what was recorded (Ctrl-C again to quit at once)</source>
        <translation>interrompido: a parar a execução e a escrever o que foi registado (Ctrl-C outra vez para sair já)</translation>
    </message>
</context>
</TS>
