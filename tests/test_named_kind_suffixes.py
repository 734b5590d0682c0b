"""named_kind reads a name's suffix as sniff does (kinds._kind_suffix): a Terraform state's backup
(`terraform.tfstate.backup`) is an unread file by its name alone, as sniff says whatever its bytes."""

from __future__ import annotations

import pytest

from validator.sources import kinds


@pytest.mark.parametrize("name", ["terraform.tfstate.backup", "envs/prod/terraform.tfstate.backup",
                                  "profile/terraform.tfstate.backup", "terraform.tfstate", "main.tf.json", "a.go",
                                  "launch.py"])
def test_named_kind_agrees_with_sniff(name: str) -> None:
    sniffed, _ = kinds.sniff(name, b'{"version": 4, "resources": []}\n')
    assert sniffed is not None
    assert kinds.named_kind(name) == sniffed


def test_a_state_backup_is_unread_by_its_name() -> None:
    assert kinds.named_kind("terraform.tfstate.backup") == "unread"
    assert not kinds.only_searched("terraform.tfstate.backup") and not kinds.only_searched("main.tf.json")
    assert not kinds.only_searched("ét/terraform.tfstate.backup")  # (the same by the path a non-ASCII name takes)
    assert kinds.only_searched("service.go") and kinds.only_searched("Service.JAVA")
