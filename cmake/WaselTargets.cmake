# Shared compile settings for every Wasel target (STYLE.md §15, §20).
#
# Layering (ARCHITECTURE.md) is enforced in two ways:
#   * a library links only the libraries it may depend on, so their headers are on its include path
#     and nothing else of ours is (the include root of each library is its own folder);
#   * wasel_domain, wasel_store and wasel_models do not link Qt::Widgets, and wasel_channels never does,
#     so <QWidget> and friends do not resolve there.

function(wasel_configure_target target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(WASEL_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

if(WASEL_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# add_wasel_library(name [sources...]): a static library whose public include root is the folder
# that holds it, so dependents write #include "store/Store.h", "domain/Types.h" and so on.
function(add_wasel_library name)
    add_library(${name} STATIC ${ARGN})
    wasel_configure_target(${name})
endfunction()

# wasel_forbid_widgets(target): any Qt Widgets header included by the target's own sources fails
# the build with a message naming the rule (see cmake/layering/no-widgets). Used for every library
# below ui/; <QWidget> alone would already not resolve there, <QtWidgets/QWidget> would.
function(wasel_forbid_widgets target)
    target_include_directories(${target} BEFORE PRIVATE ${PROJECT_SOURCE_DIR}/cmake/layering/no-widgets)
endfunction()
