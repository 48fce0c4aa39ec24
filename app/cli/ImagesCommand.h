// `swarmlab-cli images start|push|status|address|ca|stop`: the lab registry and the lab's
// images in it (docs/images.md). The work is packaging/docker/lab-registry.sh (and
// build-images.sh), run with the arguments given; this finds it and passes its exit code on.
#pragma once

#include <QStringList>

namespace swarmlab {

/// args: what follows "images" on the command line, e.g. {"push", "--arch", "all"}.
int imagesCommand(const QStringList& args);

}  // namespace swarmlab
