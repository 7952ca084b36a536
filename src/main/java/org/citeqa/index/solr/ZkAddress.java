package org.citeqa.index.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A ZooKeeper connect string, {@code host:port[,host:port...][/chroot]}, split as SolrJ takes it. */
record ZkAddress(List<String> hosts, Optional<String> chroot) {

    static ZkAddress parse(String value) {
        String text = value.strip();
        int slash = text.indexOf('/');
        String hosts = slash < 0 ? text : text.substring(0, slash);
        Optional<String> chroot = slash < 0 || slash == text.length() - 1 ? Optional.empty()
                : Optional.of(text.substring(slash));
        List<String> list = Arrays.stream(hosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
        if (list.isEmpty()) {
            throw new IllegalArgumentException("citeqa.solr.zk-hosts names no host: '" + value + "'");
        }
        return new ZkAddress(list, chroot);
    }
}
