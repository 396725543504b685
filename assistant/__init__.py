"""IOP-assistenten: grounded answers about idéburet offentligt partnerskap."""
